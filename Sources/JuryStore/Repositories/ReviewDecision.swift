import JuryCore

/// One recorded review decision; every version is kept, and the latest per entrant and round counts.
public struct ReviewDecision: Hashable, Sendable {
    public var id: Int64
    public var round: Int
    public var entrantId: String
    public var reviewer: String
    public var outcome: ReviewVerdict
    /// Checks the reviewer waived, each with the written reason (decisions recorded before schema
    /// version 5 kept only the check id; their reason reads as "").
    public var waivers: [Waiver]
    /// Why it failed or what is missing, as check ids or short texts.
    public var reasons: [String]
    /// The reason picked from the round's list, stored first in `reasons` as "reason:ID".
    public var reasonId: String? {
        reasons.first { $0.hasPrefix(Self.reasonPrefix) }.map { String($0.dropFirst(Self.reasonPrefix.count)) }
    }
    /// The check ids among `reasons` (failed or still waiting when decided).
    public var checkIds: [String] { reasons.filter { !$0.hasPrefix(Self.reasonPrefix) } }
    static let reasonPrefix = "reason:"

    /// The reviewer's written note; for a changed decision, the reason for the change.
    public var note: String
    public var decidedAt: String

    init?(row: Row) {
        guard let id = row.int64("id"), let outcome = ReviewVerdict(rawValue: row.string("outcome") ?? "") else { return nil }
        self.id = id
        round = row.int("round") ?? 0
        entrantId = row.string("entrant_id") ?? ""
        reviewer = row.string("reviewer") ?? ""
        self.outcome = outcome
        waivers = JSONValue.parse(row.string("waivers") ?? "[]")?.arrayValue?.compactMap { item in
            if let id = item.stringValue { return Waiver(checkId: id, reason: "") }
            guard let id = item["check"]?.stringValue else { return nil }
            return Waiver(checkId: id, reason: item["reason"]?.stringValue ?? "")
        } ?? []
        reasons = JSONValue.parse(row.string("reasons") ?? "[]")?.arrayValue?.compactMap(\.stringValue) ?? []
        note = row.string("note") ?? ""
        decidedAt = row.string("decided_at") ?? ""
    }

    /// The waivers as stored in the `waivers` column.
    static func waiversJSON(_ waivers: [Waiver]) -> String {
        JSONValue.array(waivers.map { .object(["check": .string($0.checkId), "reason": .string($0.reason)]) }).canonicalText
    }
}
