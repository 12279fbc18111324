import Foundation
import JuryStore

/// The hidden `--child <mode> <db>` entry: do one thing on the file, then print the process's peak RSS.
enum ChildMode: String, CaseIterable {
    case openOnly = "open-only"
    case browseWindow = "browse-window"
    case loadAll = "load-all"
    /// Another session: 40 phase changes at irregular intervals, printing each commit's wall-clock time.
    case commitPhases = "commit-phases"
    /// One of the sessions benchmark's active judges (`BENCH_JUDGE`, `BENCH_SECONDS`): submits whole
    /// sheets 0.5–1.5 s apart, printing each commit's time and the submitted count read after it.
    case benchJudge = "bench-judge"

    /// Runs the mode and returns the line to print: "<peak bytes> <rows held>".
    func run(databasePath: String) throws -> String {
        let store = try Store.open(at: databasePath)
        if self == .commitPhases { return try commitPhases(store) }
        if self == .benchJudge { return try BenchJudge.run(store) }
        var held: [EntrantSummary] = []
        var total = 0
        switch self {
        case .openOnly:
            total = try store.entrants.count(EntrantQuery(stage: .finalist))
        case .browseWindow:
            total = try store.entrants.count()
            held = try store.entrants.page(EntrantQuery(limit: 200))
        case .commitPhases, .benchJudge:
            break
        case .loadAll:
            total = try store.entrants.count()
            held = try store.entrants.page(EntrantQuery(limit: total))
        }
        // Measured while the rows are still held, so they count.
        let peak = PeakMemory.bytes()
        return withExtendedLifetime(held) { "\(peak) \(held.count) of \(total)" }
    }

    /// Commits alternate phases 80–200 ms apart; one line per commit: the time it returned (Unix seconds).
    private func commitPhases(_ store: Store) throws -> String {
        var rng = SystemRandomNumberGenerator()
        var lines: [String] = []
        for i in 0..<40 {
            usleep(UInt32.random(in: 80_000...200_000, using: &rng))
            try store.phase.set(i % 2 == 0 ? "showcase" : "selection", actor: "cli:bench")
            lines.append(String(format: "%.6f", Date().timeIntervalSince1970))
        }
        return lines.joined(separator: "\n")
    }
}
