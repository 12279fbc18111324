// jurydesk-bench: performance figures for JuryDesk, each against a baseline measured in the same run.
//   jurydesk-bench                         runs every benchmark and prints the table (`make bench`)
//   jurydesk-bench --only sync            the commit-to-screen figures alone
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
if arguments == ["--only", "sync"] {
    // The commit-to-screen figures alone (a few seconds, no 100,000-entrant file).
    do {
        let folder = try TempFolder()
        defer { folder.remove() }
        var table = ReportTable()
        try SyncBench(folder: folder).run(into: &table)
        print(table.render())
        exit(0)
    } catch {
        fail("\(error)")
    }
}
if !arguments.isEmpty { fail("usage: jurydesk-bench [--only sync]") }

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

    progress("1/7 browser pages")
    try BrowserBench(store: store).run(into: &table)
    progress("6/7 memory (child processes)")
    try MemoryBench(databasePath: store.path).run(into: &table)
    progress("2/7 table drawing")
    TableDrawBench().run(into: &table)
    progress("3/7 import")
    try ImportBench(folder: folder).run(into: &table)
    progress("4/7 audited writes")
    try AuditedWriteBench(folder: folder).run(into: &table)
    progress("5/7 width and wrapping")
    TextWidthBench().run(into: &table)
    progress("7/7 keypresses in the workstation")
    try AppKeysBench(bigStorePath: store.path, folder: folder).run(into: &table)
    progress("8/8 another session's commit reaching the screen")
    try SyncBench(folder: folder).run(into: &table)

    // Memory rows were measured early (while the big file exists) but read best last.
    table.rows.sort { $0.id < $1.id }
    print(table.render())
    print("")
    print("total bench time: \(Format.duration(Double(Stopwatch.now() - started) / 1e9))")
} catch {
    fail("\(error)")
}
