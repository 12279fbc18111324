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

extension EntrantSummary {
    /// Reads a row selected with `EntrantRepository.summaryColumns`.
    init(row: Row) {
        self.init(id: row.string("id") ?? "", name: row.string("name") ?? "", employer: row.string("employer") ?? "",
                  city: row.string("city") ?? "",
                  platforms: (row.string("platforms") ?? "").split(separator: ",").compactMap { Platform(rawValue: String($0)) },
                  totalFollowers: row.int("total_followers") ?? 0, recommended: row.bool("recommended"),
                  stage: ReviewStage(rawValue: row.string("review_stage") ?? "") ?? .registered)
    }
}
