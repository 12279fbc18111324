/// One finalist as a judge sees it: who, and where the judge's own sheet stands (never anyone else's).
public struct JudgeQueueRow: Hashable, Sendable, Identifiable {
    /// The judge's own progress on this finalist.
    public enum Status: String, Hashable, Sendable, CaseIterable {
        case notStarted, draft, submitted, conflict
    }

    public var id: String
    public var name: String
    public var employer: String
    public var union: String
    public var city: String
    public var status: Status
    /// The judge's own total so far, in tenths (nil without a sheet).
    public var totalTenths: Int?
    public var conflict: JudgeConflict?
}
