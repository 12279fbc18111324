/// The checks of one review round (round one: the creator and account; round two: the works).
public struct ReviewRound: Hashable, Codable, Sendable {
    public var label: LocalizedText
    public var checks: [ReviewCheck]

    public init(label: LocalizedText, checks: [ReviewCheck]) {
        self.label = label
        self.checks = checks
    }

    /// The check with this id, if the round has it.
    public func check(_ id: String) -> ReviewCheck? { checks.first { $0.id == id } }

    enum CodingKeys: String, CodingKey, CaseIterable { case label, checks }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        label = try c.decode(LocalizedText.self, forKey: .label)
        checks = try c.decode([ReviewCheck].self, forKey: .checks)
    }
}
