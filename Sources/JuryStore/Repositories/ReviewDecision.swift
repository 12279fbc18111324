/// One recorded review decision (the latest per entrant and round is the one that counts).
public struct ReviewDecision: Hashable, Sendable {
    public var id: Int64
    public var round: Int
    public var entrantId: String
    public var reviewer: String
    public var outcome: ReviewVerdict
    /// Rules the reviewer waived (e.g. the follower minimum for an exceptional work), as rule ids.
    public var waivers: [String]
    /// Why it failed, as rule ids or short texts.
    public var reasons: [String]
    public var note: String
    public var decidedAt: String

    init?(row: Row) {
        guard let id = row.int64("id"), let outcome = ReviewVerdict(rawValue: row.string("outcome") ?? "") else { return nil }
        self.id = id
        round = row.int("round") ?? 0
        entrantId = row.string("entrant_id") ?? ""
        reviewer = row.string("reviewer") ?? ""
        self.outcome = outcome
        waivers = JSONValue.parse(row.string("waivers") ?? "[]")?.arrayValue?.compactMap(\.stringValue) ?? []
        reasons = JSONValue.parse(row.string("reasons") ?? "[]")?.arrayValue?.compactMap(\.stringValue) ?? []
        note = row.string("note") ?? ""
        decidedAt = row.string("decided_at") ?? ""
    }
}
