import Foundation

/// Benchmark 8: `jurydesk import registrations FILE` of a 100,000-row CSV — decoding, full
/// validation, the audited upsert — against what a user could run instead on the same file: the
/// sqlite3 CLI's `.import --csv` (no validation, no types, one TEXT table). Both are child
/// processes timed by `/usr/bin/time`, which also gives their peak RSS. The re-import of the same
/// file (every row unchanged) is measured against the first import.
struct ImportFileBench {
    let folder: TempFolder
    let rowCount: Int
    let runs: Int

    init(folder: TempFolder, rowCount: Int = 100_000, runs: Int = 3) {
        self.folder = folder
        self.rowCount = rowCount
        self.runs = runs
    }

    func run(into table: inout ReportTable) throws {
        let csv = folder.path("registrations-\(rowCount).csv")
        try RegistrationCSV.write(count: rowCount, to: csv)
        let contest = folder.path("contest.json")
        try Data(AppKeysBench.contestJSON().utf8).write(to: URL(fileURLWithPath: contest))
        let jurydesk = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("jurydesk").path
        guard FileManager.default.isExecutableFile(atPath: jurydesk) else {
            throw BenchError.unexpected("\(jurydesk) is missing: build every product (`swift build -c release`)")
        }
        let sqlite3 = ["/usr/bin/sqlite3", "/usr/local/bin/sqlite3"].first { FileManager.default.isExecutableFile(atPath: $0) }
        guard let sqlite3 else { throw BenchError.unexpected("the sqlite3 CLI is missing (apt-get install sqlite3)") }
        let size = Double((try? FileManager.default.attributesOfItem(atPath: csv)[.size] as? Int) ?? 0)

        var first: [TimedChild.Measurement] = [], again: [TimedChild.Measurement] = [], plain: [TimedChild.Measurement] = []
        // No warm-up round: the file was just written, so it is in the page cache for every run.
        for round in 1...runs {
            let db = folder.path("cli-import-\(round).sqlite")
            _ = try TimedChild.run([jurydesk, "init", "--db", db, "--contest", contest])
            let a = try TimedChild.run([jurydesk, "import", "registrations", csv, "--db", db])
            let b = try TimedChild.run([jurydesk, "import", "registrations", csv, "--db", db])
            let sdb = folder.path("sqlite3-import-\(round).sqlite")
            let c = try TimedChild.run([sqlite3, sdb, ".import --csv \(csv) registrations"])
            let imported = try count(sqlite3, db, "SELECT count(*) FROM entrants")
            let plainRows = try count(sqlite3, sdb, "SELECT count(*) FROM registrations")
            guard imported == rowCount, plainRows == rowCount else {
                throw BenchError.unexpected("imported \(imported), sqlite3 imported \(plainRows), expected \(rowCount)")
            }
            for path in [db, sdb] { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
            first.append(a)
            again.append(b)
            plain.append(c)
        }
        let t1 = Samples(first.map(\.seconds)).median, t2 = Samples(again.map(\.seconds)).median
        let t3 = Samples(plain.map(\.seconds)).median
        let m1 = Samples(first.map(\.peakBytes)).median, m2 = Samples(again.map(\.peakBytes)).median
        let m3 = Samples(plain.map(\.peakBytes)).median
        let n = Double(rowCount)
        let label = "\(rowCount / 1000)k rows, " + Format.mib(size)
        table.add(ReportRow(id: "8a", benchmark: "CLI import registrations (\(label))", figure: Format.duration(t1),
                            baseline: Format.duration(t3) + " (sqlite3 .import)",
                            ratio: String(format: "%.2fx its speed", t3 / t1), runs: "\(runs)",
                            source: "`jurydesk import registrations FILE --db NEW` (decode, every check, audited upsert; \(Format.rate(n / t1, "rows"))) under /usr/bin/time; baseline: `sqlite3 NEW '.import --csv FILE registrations'` of the same file (text columns, no checks)"))
        table.add(ReportRow(id: "8b", benchmark: "peak RSS of that import", figure: Format.mib(m1),
                            baseline: Format.mib(m3) + " (sqlite3 .import)", ratio: String(format: "%.1fx its memory", m1 / max(m3, 1)),
                            runs: "\(runs)", source: "maximum resident set size of the two child processes of 8a (GNU time %M); the file is \(Format.mib(size))"))
        table.add(ReportRow(id: "8c", benchmark: "CLI re-import, same file (unchanged)", figure: Format.duration(t2),
                            baseline: Format.duration(t1) + " (8a)", ratio: Format.times(figure: t2, baseline: t1, "the time"),
                            runs: "\(runs)", source: "the same command again on the file 8a wrote: every row checked and reported unchanged by content digest; peak RSS \(Format.mib(m2))"))
    }

    private func count(_ sqlite3: String, _ db: String, _ sql: String) throws -> Int {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlite3)
        process.arguments = [db, sql]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Int(String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }
}
