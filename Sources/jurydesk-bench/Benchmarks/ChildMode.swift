import JuryStore

/// The hidden `--child <mode> <db>` entry: do one thing on the file, then print the process's peak RSS.
enum ChildMode: String, CaseIterable {
    case openOnly = "open-only"
    case browseWindow = "browse-window"
    case loadAll = "load-all"

    /// Runs the mode and returns the line to print: "<peak bytes> <rows held>".
    func run(databasePath: String) throws -> String {
        let store = try Store.open(at: databasePath)
        var held: [EntrantSummary] = []
        var total = 0
        switch self {
        case .openOnly:
            total = try store.entrants.count(EntrantQuery(stage: .finalist))
        case .browseWindow:
            total = try store.entrants.count()
            held = try store.entrants.page(EntrantQuery(limit: 200))
        case .loadAll:
            total = try store.entrants.count()
            held = try store.entrants.page(EntrantQuery(limit: total))
        }
        // Measured while the rows are still held, so they count.
        let peak = PeakMemory.bytes()
        return withExtendedLifetime(held) { "\(peak) \(held.count) of \(total)" }
    }
}
