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
                  platforms: Self.platforms((row.string("platforms") ?? "").utf8),
                  totalFollowers: row.int("total_followers") ?? 0, recommended: row.bool("recommended"),
                  stage: ReviewStage(rawValue: row.string("review_stage") ?? "") ?? .registered)
    }

    /// Reads the current row of a statement selecting `EntrantRepository.summaryColumns`, by position;
    /// rows storing the same platforms share one array through `platformLists`.
    init(statement s: Statement, platformLists: inout [UInt64: [Platform]]) {
        self.init(id: s.string(0) ?? "", name: s.string(1) ?? "", employer: s.string(2) ?? "", city: s.string(3) ?? "",
                  platforms: Self.platformNames.list(s.bytes(4), sharing: &platformLists), totalFollowers: s.int(5),
                  recommended: s.int64(7) != 0,
                  stage: Self.stages.value(s.bytes(6)) ?? .registered)
    }

    static let platformNames = StoredNames<Platform>(), stages = StoredNames<ReviewStage>()

    /// The stored list ("douyin,kuaishou") read on its bytes: splitting by Character was a tenth of
    /// reading a page of the browser, and a String per name looked up among the cases another tenth.
    static func platforms(_ stored: some Collection<UInt8>) -> [Platform] { platformNames.list(stored) }
}
