// jurydesk-bench: performance figures for JuryDesk, each against a baseline measured in the same run.
//   jurydesk-bench                         runs every benchmark and prints the table (`make bench`)
//   jurydesk-bench --only-import [ROWS]    only the CLI import against sqlite3 .import (default 100,000 rows)
//   jurydesk-bench --write-registrations N PATH   writes the benchmark's registrations CSV
//   jurydesk-bench --only sync            the commit-to-screen figures alone
//   jurydesk-bench --only ranking         the chair's ranking at 5,000 × 50 × 10 alone
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
if arguments == ["--only", "sync"] {
    // The commit-to-screen figures alone (a few seconds, no 100,000-entrant file).
    do {
        let folder = try TempFolder()
        defer { folder.remove() }
        var table = ReportTable()
        try SyncBench(folder: folder).run(into: &table)
        print(table.render())
    } catch {
        fail("\(error)")
    }
    exit(0)
}
if arguments == ["--only", "ranking"] {
    // The chair's ranking at full judging size alone (a minute: the 2.5 million items are written first).
    do {
        let folder = try TempFolder()
        defer { folder.remove() }
        var table = ReportTable()
        try RankingBench(folder: folder).run(into: &table)
        print(table.render())
    } catch {
        fail("\(error)")
    }
    exit(0)
}
if arguments == ["--only", "verify"] {
    // Just issue 7's figure: verify of a sealed 100,000-entrant file against integrity_check.
    do {
        let folder = try TempFolder()
        defer { folder.remove() }
        var table = ReportTable()
        try VerifyBench(folder: folder).run(into: &table)
        print(table.render())
    } catch {
        fail("\(error)")
    }
    exit(0)
}
if !arguments.isEmpty { fail("usage: jurydesk-bench [--only-import [ROWS] | --only sync | --only verify | --only ranking]") }

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

    progress("1/11 browser pages")
    try BrowserBench(store: store).run(into: &table)
    progress("6/11 memory (child processes)")
    try MemoryBench(databasePath: store.path).run(into: &table)
    progress("2/11 table drawing")
    TableDrawBench().run(into: &table)
    progress("3/11 import of parsed rows, in process")
    try ImportBench(folder: folder).run(into: &table)
    progress("4/11 audited writes")
    try AuditedWriteBench(folder: folder).run(into: &table)
    progress("5/11 width and wrapping")
    TextWidthBench().run(into: &table)
    progress("7/11 keypresses in the workstation")
    try AppKeysBench(bigStorePath: store.path, folder: folder).run(into: &table)
    progress("8/11 CLI import of a 100,000-row registrations file against sqlite3 .import")
    try ImportFileBench(folder: folder).run(into: &table)
    progress("9/11 another session's commit reaching the screen")
    try SyncBench(folder: folder).run(into: &table)
    progress("10/11 verify against integrity_check")
    try VerifyBench(folder: folder).run(into: &table)
    progress("11/11 the chair's ranking at 5,000 × 50 × 10")
    try RankingBench(folder: folder).run(into: &table)

    // Memory rows were measured early (while the big file exists) but read best last.
    table.rows.sort { $0.id < $1.id }
    print(table.render())
    print("")
    print("total bench time: \(Format.duration(Double(Stopwatch.now() - started) / 1e9))")
} catch {
    fail("\(error)")
}
