import Foundation

/// Reads public-vote snapshots.
enum VoteImport {
    static func snapshots(rows: [ImportRow], timeZone: TimeZone) -> ([VoteSnapshot], [ImportIssue]) {
        var result: [VoteSnapshot] = []
        var issues: [ImportIssue] = []
        var firstLine: [String: Int] = [:]
        for var row in rows {
            let id = row.text("entry_id", required: true)
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
            if let time, !id.isEmpty {
                let key = id + "@" + HumanTimestamp.isoUTC(time)
                if let first = firstLine[key] {
                    row.report("entry_id", value: id, zh: "同一报名编号同一时间的票数重复：第 \(first) 行和第 \(row.line) 行",
                               en: "the same entry and time appear twice: lines \(first) and \(row.line)")
                } else {
                    firstLine[key] = row.line
                }
            }
            issues += row.issues
            if row.issues.isEmpty, let votes, let time {
                result.append(VoteSnapshot(entrantId: id, votes: votes, takenAt: time))
            }
        }
        return (result, issues)
    }
}
