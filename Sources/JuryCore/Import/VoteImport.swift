import Foundation

/// Reads public-vote snapshots.
enum VoteImport {
    static func snapshots(rows: [ImportRow], timeZone: TimeZone) -> ([VoteSnapshot], [ImportIssue]) {
        ImportRowLoop.collect(rows) { row, loop in
            let id = row.code("entry_id", required: true)
            let votes = row.value("votes", required: true) { (s: String) throws(ValueProblem) -> Int in
                let n = try HumanNumber.parse(s)
                // A vote count decides awards; "10万+" is not precise enough to rank by.
                if n.isLowerBound {
                    throw ValueProblem(zh: "票数必须是准确数字，不能写“\(s)”", en: "a vote count must be exact, not '\(s)'")
                }
                return n.value
            }
            let time = row.value("time", required: true) { (s: String) throws(ValueProblem) -> Date in
                try HumanTimestamp.parse(s, timeZone: timeZone)
            }
            guard let time else { return nil }
            let line = row.line
            loop.checkUnique(id.isEmpty ? "" : id + "@" + HumanTimestamp.isoUTC(time), in: &row, column: "entry_id", value: id,
                             zh: { "同一报名编号同一时间的票数重复：第 \($0) 行和第 \(line) 行" },
                             en: { "the same entry and time appear twice: lines \($0) and \(line)" })
            return votes.map { VoteSnapshot(entrantId: id, votes: $0, takenAt: time) }
        }
    }
}
