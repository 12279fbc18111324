/// One reason a reviewer may give for a decision (通过 / 不通过 / 待补充 / 取消资格), listed in the
/// round's decision dialog and kept with the decision.
public struct ReviewReason: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// The verdict this reason goes with: a plagiarism reason carries `disqualified` (取消参赛资格).
    public var verdict: ReviewVerdict

    public init(id: String, label: LocalizedText, verdict: ReviewVerdict) {
        self.id = id
        self.label = label
        self.verdict = verdict
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, verdict }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        verdict = try c.choice(ReviewVerdict.self, .verdict)
    }
}
