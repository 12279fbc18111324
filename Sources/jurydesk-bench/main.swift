// jurydesk-bench: performance figures for JuryDesk, each against a baseline measured in the same run.
//   jurydesk-bench                         runs every benchmark and prints the table (`make bench`)
//   jurydesk-bench --only-import [ROWS]    only the CLI import against sqlite3 .import (default 100,000 rows)
//   jurydesk-bench --write-registrations N PATH   writes the benchmark's registrations CSV
//   jurydesk-bench --only sync            the commit-to-screen figures alone
//   jurydesk-bench --only ranking         the chair's ranking at 5,000 × 50 × 10 alone
//   jurydesk-bench --only verify|filter|frame|startup|submits|sessions   one of the other sections alone
//   jurydesk-bench --child <mode> <db>     hidden: one memory measurement in a clean process
import Foundation
import JuryStore

func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data(("jurydesk-bench: " + text + "\n").utf8))
    exit(1)
}

func progress(_ text: String) {
    FileHandle.standardError.write(Data(("· " + text + "\n").utf8))
}

let arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first == "--child" {
    guard arguments.count == 3, let mode = ChildMode(rawValue: arguments[1]) else {
        fail("usage: --child {\(ChildMode.allCases.map(\.rawValue).joined(separator: ","))} <db>")
    }
    do {
        print(try mode.run(databasePath: arguments[2]))
        exit(0)
    } catch {
        fail("\(mode.rawValue): \(error)")
    }
}
if arguments.first == "--write-registrations" {
    guard arguments.count == 3, let count = Int(arguments[1]) else { fail("usage: --write-registrations COUNT PATH") }
    do { try RegistrationCSV.write(count: count, to: arguments[2]) } catch { fail("\(error)") }
    exit(0)
}
if arguments.first == "--only-import" {
    // The file-import benchmark alone (`make bench-import`): the figures issue 11 asks about, quickly.
    do {
        let folder = try TempFolder()
        defer { folder.remove() }
        var table = ReportTable()
        for line in MachineInfo.lines(tempFolder: folder.url.path, sqliteVersion: "CLI") { print("  " + line) }
        let rows = arguments.count > 1 ? Int(arguments[1]) ?? 100_000 : 100_000
        try ImportFileBench(folder: folder, rowCount: rows).run(into: &table)
        print(table.render())
    } catch {
        fail("\(error)")
    }
    exit(0)
}
if arguments.count == 2, arguments[0] == "--only" {
    // One section alone, quickly: each builds only the files it needs in a temporary folder.
    let sections: [String: (TempFolder, inout ReportTable) throws -> Void] = [
        // The commit-to-screen figures (a few seconds, no 100,000-entrant file).
        "sync": { folder, table in try SyncBench(folder: folder).run(into: &table) },
        // Issue 7's figure: verify of a sealed 100,000-entrant file against integrity_check.
        "verify": { folder, table in try VerifyBench(folder: folder).run(into: &table) },
        // The chair's ranking at full judging size (a minute: the 2.5 million items are written first).
        "ranking": { folder, table in try RankingBench(folder: folder).run(into: &table) },
        "filter": { folder, table in
            try FilterKeyBench(store: try BigDatabase.create(at: folder.path("big.sqlite"))).run(into: &table)
        },
        "frame": { folder, table in try RankingFrameBench(folder: folder).run(into: &table) },
        "startup": { folder, table in
            let big = folder.path("big.sqlite")
            _ = try BigDatabase.create(at: big)
            try StartupBench(folder: folder, bigPath: big).run(into: &table)
        },
        "submits": { folder, table in try SubmitBench(folder: folder).run(into: &table) },
        "sessions": { folder, table in try SessionsBench(folder: folder).run(into: &table) },
    ]
    guard let section = sections[arguments[1]] else { fail("unknown section \(arguments[1]); one of \(sections.keys.sorted().joined(separator: ", "))") }
    do {
        let folder = try TempFolder()
        defer { folder.remove() }
        var table = ReportTable()
        for line in MachineInfo.lines(tempFolder: folder.url.path, sqliteVersion: "CLI") { print("  " + line) }
        try section(folder, &table)
        print(table.render())
    } catch {
        fail("\(error)")
    }
    exit(0)
}
if !arguments.isEmpty { fail("usage: jurydesk-bench [--only-import [ROWS] | --only sync|verify|ranking|filter|frame|startup|submits|sessions]") }

do {
    let started = Stopwatch.now()
    let folder = try TempFolder()
    defer { folder.remove() }
    var table = ReportTable()

    progress("building the 100,000-entrant file in \(folder.url.path)")
    var big: Store?
    let buildTime = try Stopwatch.time { big = try BigDatabase.create(at: folder.path("big.sqlite")) }
    guard let store = big else { fail("the big database was not created") }
    let sqliteVersion = try store.rawConnection { try $0.scalar("SELECT sqlite_version()") }?.string ?? "?"

    print("JuryDesk benchmarks: every ratio compares with a baseline measured in this same run; figures are medians of N runs.")
    for line in MachineInfo.lines(tempFolder: folder.url.path, sqliteVersion: sqliteVersion) { print("  " + line) }
    print("  100,000-entrant file built in SQL in \(Format.duration(buildTime))")
    print("")

    progress("1/16 browser pages")
    try BrowserBench(store: store).run(into: &table)
    progress("6/16 memory (child processes)")
    try MemoryBench(databasePath: store.path).run(into: &table)
    progress("2/16 table drawing")
    TableDrawBench().run(into: &table)
    progress("3/16 import of parsed rows, in process")
    try ImportBench(folder: folder).run(into: &table)
    progress("4/16 audited writes")
    try AuditedWriteBench(folder: folder).run(into: &table)
    progress("5/16 width and wrapping")
    TextWidthBench().run(into: &table)
    progress("7/16 keypresses in the workstation")
    try AppKeysBench(bigStorePath: store.path, folder: folder).run(into: &table)
    progress("8/16 CLI import of a 100,000-row registrations file against sqlite3 .import")
    try ImportFileBench(folder: folder).run(into: &table)
    progress("9/16 another session's commit reaching the screen")
    try SyncBench(folder: folder).run(into: &table)
    progress("10/16 verify against integrity_check")
    try VerifyBench(folder: folder).run(into: &table)
    progress("11/16 the chair's ranking at 5,000 × 50 × 10")
    try RankingBench(folder: folder).run(into: &table)
    progress("12/16 a filter keystroke at 100,000 entrants")
    try FilterKeyBench(store: store).run(into: &table)
    progress("13/16 the ranking pane's frame at 200x60")
    try RankingFrameBench(folder: folder).run(into: &table)
    progress("14/16 startup to the first frame (the real binary on a pty)")
    try StartupBench(folder: folder, bigPath: store.path).run(into: &table)
    progress("15/16 durable score submits against an fsync loop")
    try SubmitBench(folder: folder).run(into: &table)
    progress("16/16 idle sessions and 20 judges on one host")
    try SessionsBench(folder: folder).run(into: &table)

    // Memory rows were measured early (while the big file exists) but read best last.
    table.rows.sort { $0.id < $1.id }
    print(table.render())
    print("")
    print("total bench time: \(Format.duration(Double(Stopwatch.now() - started) / 1e9))")
} catch {
    fail("\(error)")
}
