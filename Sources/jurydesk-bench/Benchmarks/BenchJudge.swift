import Foundation
import JuryCore
import JuryStore

/// The sessions benchmark's active judge, in a process of its own: whole sheets submitted through the
/// store's API, finalist after finalist, at a judge's brisk pace.
enum BenchJudge {
    static func run(_ store: Store) throws -> String {
        let env = ProcessInfo.processInfo.environment
        guard let judge = env["BENCH_JUDGE"], let seconds = env["BENCH_SECONDS"].flatMap(Double.init) else {
            throw BenchError.unexpected("bench-judge needs BENCH_JUDGE and BENCH_SECONDS")
        }
        let definition = try ContestDefinition.decode(Data(try store.settings.contestDefinitionJSON().utf8))
        let finalists = try store.rawConnection { db in
            try db.query("SELECT id FROM entrants WHERE review_stage = 'finalist' ORDER BY id").compactMap { $0.string("id") }
        }
        var rng = SystemRandomNumberGenerator()
        let end = Date().addingTimeInterval(seconds)
        var lines: [String] = []
        // Each judge starts at a different finalist, so the sheets spread over the pane.
        let offset = Int(judge.filter(\.isNumber)) ?? 0
        var n = 0
        while Date() < end, n < finalists.count {
            usleep(UInt32.random(in: 500_000...1_500_000, using: &rng))
            let id = finalists[(offset * 7 + n) % finalists.count]
            try store.scores.save(judge: judge, entrantId: id, tenths: JudgingFile.sheet(definition, seed: n + offset), submit: true)
            let committed = Date().timeIntervalSince1970
            let count = try store.rawConnection { try $0.scalar("SELECT count(*) FROM score_sheets WHERE status = 'submitted'")?.int64 ?? 0 }
            lines.append(String(format: "%.6f %d", committed, count))
            n += 1
        }
        return lines.joined(separator: "\n")
    }
}
