/// A judge's own sheet for one finalist, with what the score form needs besides the scores.
public struct JudgeSheet: Hashable, Sendable {
    public var entrantId: String
    /// nil before the first draft is saved.
    public var status: ScoreSheetRecord.Status?
    public var updatedAt: String?
    /// Criterion id → tenths.
    public var tenths: [String: Int]
    /// Dimension id → the judge's comment.
    public var comments: [String: String]
    /// Why the chair last reopened the sheet (shown to the judge while it is a draft again).
    public var reopenReason: String?
    public var reopenedBy: String?
    public var conflict: JudgeConflict?

    public init(entrantId: String, status: ScoreSheetRecord.Status? = nil, updatedAt: String? = nil, tenths: [String: Int] = [:],
                comments: [String: String] = [:], reopenReason: String? = nil, reopenedBy: String? = nil,
                conflict: JudgeConflict? = nil) {
        self.entrantId = entrantId
        self.status = status
        self.updatedAt = updatedAt
        self.tenths = tenths
        self.comments = comments
        self.reopenReason = reopenReason
        self.reopenedBy = reopenedBy
        self.conflict = conflict
    }
}
