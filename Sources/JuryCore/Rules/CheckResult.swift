/// The automatic verdict on one check for one entrant, with the actual value in its reason.
public struct CheckResult: Hashable, Sendable, Identifiable {
    /// What the check found.
    public enum Outcome: String, Codable, Sendable {
        case pass
        case fail
        /// A manual check, or an automatic one whose data is missing: a reviewer must decide.
        case needsReview
    }

    /// The check id from the definition.
    public var id: String
    public var label: LocalizedText
    public var outcome: Outcome
    public var waivable: Bool
    public var waiverNeedsReason: Bool
    /// What a valid waiver reason looks like, shown when one is missing.
    public var waiverHint: LocalizedText?
    /// Short, with the value: "粉丝 8,600 < 10,000".
    public var reason: LocalizedText

    public init(id: String, label: LocalizedText, outcome: Outcome, waivable: Bool, waiverNeedsReason: Bool,
                waiverHint: LocalizedText? = nil, reason: LocalizedText) {
        self.id = id
        self.label = label
        self.outcome = outcome
        self.waivable = waivable
        self.waiverNeedsReason = waiverNeedsReason
        self.waiverHint = waiverHint
        self.reason = reason
    }
}
