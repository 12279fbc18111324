import Foundation
import JuryStore

/// Benchmark 14: the real `jurydesk` binary from process start to its first frame (the login screen)
/// on a 132×43 pseudo-terminal, on the 100,000-entrant file and on a judging-size file (5,000
/// finalists × 50 judges × 10 criteria) — against process start to exit of `jurydesk --version` and
/// of `sqlite3 FILE 'select count(*) from entrants'`, spawned and timed the same way.
struct StartupBench {
    let folder: TempFolder
    /// The 100,000-entrant file (the full run's, or one made here).
    let bigPath: String
    let runs = 7
    /// The login screen's prompt (zh): written with the first frame.
    static let marker = "请选择用户并输入 PIN"

    func run(into table: inout ReportTable) throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jurydesk").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError.child("\(binary) is missing: swift build -c release --product jurydesk")
        }
        let big = try Store.open(at: bigPath)
        try big.settings.setContestDefinitionJSON(try AppKeysBench.contestJSON(), actor: "cli:bench")
        if try big.users.user(named: JudgingFile.chair) == nil {
            try big.users.add(name: JudgingFile.chair, role: .chair, pin: JudgingFile.pin, actor: "cli:bench")
        }
        _ = try JudgingFile.openOrCreate(at: folder.path("ranking.sqlite"), finalists: 5_000, judges: 50)
        let env = ["JURYDESK_LANG": "zh"]

        func firstFrame(_ path: String) throws -> Samples {
            var times: [Double] = []
            for _ in 0..<(runs + 1) {
                let child = try PtyChild(binary, ["open", "--db", path], environment: env)
                let t = child.waitFor(Self.marker)
                let seen = String(decoding: child.output.suffix(600), as: UTF8.self)
                child.stop()
                guard let t else { throw BenchError.child("no first frame from jurydesk open --db \(path): …\(seen)") }
                times.append(t)
            }
            return Samples(Array(times.dropFirst()))
        }
        func toExit(_ executable: String, _ arguments: [String]) -> Samples {
            var times: [Double] = []
            for _ in 0..<(runs + 1) {
                guard let child = try? PtyChild(executable, arguments, environment: env) else { continue }
                if let t = child.waitForExit() { times.append(t) }
                child.stop()
            }
            return Samples(Array(times.dropFirst()))
        }
        let version = toExit(binary, ["--version"])
        for (id, label, path) in [("14a", "100,000 entrants", bigPath), ("14b", "judging 5000 × 50 × 10", folder.path("ranking.sqlite"))] {
            let frame = try firstFrame(path)
            let count = toExit("/usr/bin/sqlite3", [path, "select count(*) from entrants"])
            table.add(ReportRow(id: id, benchmark: "startup to first frame, \(label)", figure: Format.duration(frame.median),
                                baseline: Format.duration(version.median) + " (jurydesk --version)",
                                ratio: Format.times(figure: frame.median, baseline: version.median, "its time"), runs: "\(runs)/\(runs)",
                                source: "the release binary `jurydesk open --db FILE` on a 132x43 pty, spawn → the login prompt written (p95 \(Format.duration(frame.percentile(95)))); sqlite3 FILE 'select count(*) from entrants' start → exit: \(Format.duration(count.median)) (\(Format.times(figure: frame.median, baseline: count.median, "its time")))"))
        }
    }
}
