/// One item a reviewer checks in round one or two: automatic (with a rule) or manual.
public struct ReviewCheck: Hashable, Codable, Sendable, Identifiable {
    /// How a check is decided.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// Computed from the entrant's data by `rule`.
        case automatic
        /// Decided by the reviewer's verdict.
        case manual
    }

    public var id: String
    public var label: LocalizedText
    public var kind: Kind
    /// Present exactly when `kind` is automatic.
    public var rule: CheckRule?
    /// Whether a reviewer may let a failing entrant through anyway.
    public var waivable: Bool
    /// Whether such a waiver must carry a written reason.
    public var waiverNeedsReason: Bool
    /// What a valid waiver reason looks like (e.g. 特别有代表性作品).
    public var waiverHint: LocalizedText?
    public var note: LocalizedText?

    public init(id: String, label: LocalizedText, kind: Kind, rule: CheckRule? = nil, waivable: Bool = false,
                waiverNeedsReason: Bool = false, waiverHint: LocalizedText? = nil, note: LocalizedText? = nil) {
        self.id = id
        self.label = label
        self.kind = kind
        self.rule = rule
        self.waivable = waivable
        self.waiverNeedsReason = waiverNeedsReason
        self.waiverHint = waiverHint
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, label, kind, rule, waivable, waiverNeedsReason, waiverHint, note
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        kind = try c.choice(Kind.self, .kind)
        rule = try c.decodeIfPresent(CheckRule.self, forKey: .rule)
        waivable = try c.decode(Bool.self, forKey: .waivable)
        waiverNeedsReason = try c.decode(Bool.self, forKey: .waiverNeedsReason)
        waiverHint = try c.decodeIfPresent(LocalizedText.self, forKey: .waiverHint)
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
    }
}
