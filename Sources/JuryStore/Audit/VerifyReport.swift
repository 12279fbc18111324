/// What `Store.verify()` found: ok, or the problems, first broken link first.
public struct VerifyReport: Sendable {
    public var auditEntries: Int
    public var rowsChecked: Int
    public var problems: [VerifyProblem]
    /// The newest entry, to be written down outside the file (nil for an empty log).
    public var head: ChainHead?

    public var ok: Bool { problems.isEmpty }

    public func description(language: MessageLanguage) -> String {
        if ok {
            return language == .zh
                ? "校验通过：\(auditEntries) 条审计记录，\(rowsChecked) 行受审计数据均未被改动。"
                : "Verified: \(auditEntries) audit entries and \(rowsChecked) audited rows are intact."
        }
        return problems.map { $0.message(language: language) }.joined(separator: "\n")
    }
}
