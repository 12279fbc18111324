/// One judge's score sheet for one finalist, as stored.
public struct ScoreSheetRecord: Hashable, Sendable {
    /// Whether the judge may still change it.
    public enum Status: String, Sendable { case draft, submitted }

    public var id: Int64
    public var judge: String
    public var entrantId: String
    public var status: Status
    public var updatedAt: String
    /// Criterion id → score in tenths of a point.
    public var tenths: [String: Int]
}
