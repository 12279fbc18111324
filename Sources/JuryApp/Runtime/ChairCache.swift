import JuryCore
import JuryStore

/// The chair's last judging snapshot and the rankings computed from it, per method, kept until the
/// file changes (`ResultsRepository.changeCounter`): paging and sorting the pane never recompute.
final class ChairCache {
    var counter: Int64?
    var snapshot: JudgingSnapshot?
    /// Entrant id → award id, from the store.
    var awards: [String: String] = [:]
    var rankings: [Int: Ranking] = [:]
    /// The display order last asked for: (method, sort, ascending, filter) → indexes into the ranking's rows.
    var orderKey: String?
    var order: [Int] = []
}
