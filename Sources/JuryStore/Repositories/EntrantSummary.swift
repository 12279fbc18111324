import JuryCore

/// One line of the entrant browser: enough to list, sort and filter without loading the dossier.
public struct EntrantSummary: Hashable, Sendable {
    public var id: String
    public var name: String
    public var employer: String
    public var city: String
    public var platforms: [Platform]
    public var totalFollowers: Int
    /// Whether a unit's recommendation list names this entrant (组织推荐 goes first in review).
    public var recommended: Bool
    public var stage: ReviewStage
}
