/// One review decision as written in an imported file (a paper form or an office's spreadsheet).
public struct DecisionRecord: Hashable, Sendable {
    public var line: Int
    public var entrantId: String
    public var verdict: ReviewVerdict
    /// The reason as written: a reason id or its label in either language (matched by the store).
    public var reason: String
    /// The waiver's written reason, for a pass despite a failed waivable check.
    public var waiver: String
    public var note: String

    public init(line: Int, entrantId: String, verdict: ReviewVerdict, reason: String = "", waiver: String = "", note: String = "") {
        self.line = line
        self.entrantId = entrantId
        self.verdict = verdict
        self.reason = reason
        self.waiver = waiver
        self.note = note
    }

    /// Reads 通过 / 不通过 / 待补充 / 取消资格 or pass / reject / info / disqualify.
    public static func verdict(parsing text: String) -> ReviewVerdict? {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "通过", "pass", "passed": .pass
        case "不通过", "未通过", "reject", "rejected", "fail", "failed": .fail
        case "待补充", "info", "needs info", "needs information": .needsInfo
        case "取消资格", "取消参赛资格", "disqualify", "disqualified": .disqualify
        default: nil
        }
    }
}

/// Reads review decisions taken elsewhere; the store applies the same rules as the screen.
enum DecisionImport {
    static func decisions(rows: [ImportRow]) -> ([DecisionRecord], [ImportIssue]) {
        ImportRowLoop.collect(rows) { row, loop in
            let id = row.code("entry_id", required: true)
            let verdict = row.value("verdict", required: true) { (s: String) throws(ValueProblem) -> ReviewVerdict in
                guard let v = DecisionRecord.verdict(parsing: s) else {
                    throw ValueProblem(zh: "无法识别的结论：“\(s)”（通过、不通过、待补充）",
                                       en: "unknown verdict: '\(s)' (pass, reject, info)")
                }
                return v
            }
            // One decision per entrant per file: two would make the file's order decide.
            let line = row.line
            loop.checkUnique(id, in: &row, column: "entry_id", value: id,
                             zh: { "报名编号“\(id)”重复：第 \($0) 行和第 \(line) 行" },
                             en: { "entry id '\(id)' appears twice: lines \($0) and \(line)" })
            return verdict.map { DecisionRecord(line: line, entrantId: id, verdict: $0, reason: row.written("reason"),
                                                waiver: row.written("waiver"), note: row.written("note")) }
        }
    }
}
