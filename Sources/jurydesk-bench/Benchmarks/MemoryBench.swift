import Foundation
import JuryStore

/// Benchmark 6: peak resident memory of a fresh process that holds the browser's window (200 rows and
/// the count) of the 100k file, against one that loads all 100,000 summaries. Each is measured in its
/// own child process (this executable with `--child`), so neither inherits the other's heap.
struct MemoryBench {
    let databasePath: String
    let runs = 3

    func run(into table: inout ReportTable) throws {
        var window: [Double] = [], all: [Double] = [], idle: [Double] = []
        for _ in 0..<runs {
            idle.append(try child(.openOnly))
            window.append(try child(.browseWindow))
            all.append(try child(.loadAll))
        }
        let w = Samples(window).median, a = Samples(all).median, o = Samples(idle).median
        table.add(ReportRow(id: "6a", benchmark: "peak RSS, 200-row window + count", figure: Format.mib(w),
                            baseline: Format.mib(a) + " (load all)", ratio: Format.cheaper(figure: w, baseline: a),
                            runs: "\(runs)/\(runs)",
                            source: "VmHWM of `jurydesk-bench --child browse-window` (opens the 100k file, page(limit 200) + count()); baseline: `--child load-all` (page(limit 100000))"))
        table.add(ReportRow(id: "6b", benchmark: "peak RSS, open the file only", figure: Format.mib(o),
                            baseline: Format.mib(a) + " (load all)", ratio: Format.cheaper(figure: o, baseline: a),
                            runs: "\(runs)/\(runs)",
                            source: "VmHWM of `--child open-only` (Store.open, one indexed count): the process floor under 6a and its baseline"))
        table.add(ReportRow(id: "6c", benchmark: "RSS above that floor: window", figure: Format.mib(w - o),
                            baseline: Format.mib(a - o) + " (load all)", ratio: Format.cheaper(figure: max(w - o, 1), baseline: a - o),
                            runs: "\(runs)/\(runs)",
                            source: "6a minus 6b against load-all minus 6b: what holding the rows costs, without the runtime and SQLite cache"))
    }

    /// Runs one child and reads the peak bytes it prints on its last line.
    private func child(_ mode: ChildMode) throws -> Double {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        process.arguments = ["--child", mode.rawValue, databasePath]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0,
              let last = text.split(separator: "\n").last, let bytes = Double(last.split(separator: " ").first ?? "") else {
            throw BenchError.child("\(mode.rawValue) exited \(process.terminationStatus): \(text) \(String(decoding: errors, as: UTF8.self))")
        }
        return bytes
    }
}
