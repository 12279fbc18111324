import Foundation
import JuryTestSupport
import XCTest

/// `jurydesk import` when the database cannot take it — missing, not a database, truncated, or the
/// disk filling up mid-import: a clear message, a failing status, and nothing half-written.
final class CommandLineImportFailureTests: XCTestCase {
    var dir: TemporaryDirectory!
    let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData")

    override func setUpWithError() throws { dir = try TemporaryDirectory() }

    private func jurydesk(_ args: [String]) throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args, environment: ["JURYDESK_LANG": "en"])
    }

    private func initDatabase(_ name: String) throws -> String {
        let db = dir.path(name)
        let r = try jurydesk(["init", "--db", db, "--contest", sample.appendingPathComponent("contest.json").path])
        XCTAssertEqual(r.status, 0, r.err)
        return db
    }

    /// The template's example row repeated with new ids: `count` valid registrations.
    private func registrations(_ count: Int) throws -> String {
        let template = try String(contentsOf: sample.appendingPathComponent("templates/registrations.csv"), encoding: .utf8)
        let lines = template.split(separator: "\r\n").map(String.init)
        var out = lines[0] + "\r\n"
        for n in 1...count {
            out += lines[1].replacingOccurrences(of: "BM2023-0001", with: String(format: "BM2023-%05d", n)) + "\r\n"
        }
        let path = dir.path("registrations-\(count).csv")
        try Data(out.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private func assertNoCrash(_ r: (status: Int32, out: String, err: String), file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertNotEqual(r.status, 0, file: file, line: line)
        XCTAssertLessThan(r.status, 128, "killed by a signal: \(r.err)", file: file, line: line)
        XCTAssertFalse(r.err.contains("Fatal error"), r.err, file: file, line: line)
        XCTAssertFalse(r.err.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "no message", file: file, line: line)
    }

    func testMissingForeignAndTruncatedDatabasesAreRefusedWithAMessage() throws {
        let csv = try registrations(3)
        let missing = try jurydesk(["import", "registrations", csv, "--db", dir.path("nope.sqlite")])
        assertNoCrash(missing)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path("nope.sqlite")), "a missing database must not be created by an import")

        let foreign = dir.path("notes.sqlite")
        try Data(String(repeating: "not a database\n", count: 500).utf8).write(to: URL(fileURLWithPath: foreign))
        let notDB = try jurydesk(["import", "registrations", csv, "--db", foreign])
        assertNoCrash(notDB)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: foreign)), Data(String(repeating: "not a database\n", count: 500).utf8))

        let real = try initDatabase("real.sqlite")
        let whole = try Data(contentsOf: URL(fileURLWithPath: real))
        let truncated = dir.path("truncated.sqlite")
        try whole.prefix(whole.count / 3).write(to: URL(fileURLWithPath: truncated))
        assertNoCrash(try jurydesk(["import", "registrations", csv, "--db", truncated]))
    }

    func testAFileSizeLimitDuringImportRollsBackWithAMessage() throws {
        let db = try initDatabase("full.sqlite")
        let csv = try registrations(2_000)
        let sizeBefore = (try FileManager.default.attributesOfItem(atPath: db)[.size] as? Int) ?? 0
        // A file-size limit a little above the empty database: the import's writes hit it. SIGXFSZ
        // is ignored so the writes fail with EFBIG, as they would with ENOSPC on a full disk.
        let limitKiB = sizeBefore / 1024 + 64
        let script = "trap '' XFSZ; ulimit -f \(limitKiB); exec \"$0\" \"$@\""
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/bin/bash"),
                                      ["-c", script, BuiltProducts.jurydesk.path, "import", "registrations", csv, "--db", db],
                                      environment: ["JURYDESK_LANG": "en"])
        assertNoCrash(r)
        // Said plainly, with the file and what to do: not "SQLite 778: disk I/O error".
        XCTAssertTrue(r.err.contains("Writing \(db) reached this process's file-size limit (ulimit -f)"), r.err)
        XCTAssertTrue(r.err.contains("the change was rolled back and the file is as it was"), r.err)
        XCTAssertTrue(r.err.contains("Raise the limit"), r.err)
        XCTAssertFalse(r.err.contains("SQLite"), r.err)
        // Nothing half-written: the file opens, holds no entrant, no import in its log, and passes SQLite's own check.
        XCTAssertEqual(try sqlite(db, "SELECT count(*) FROM entrants"), "0")
        XCTAssertEqual(try sqlite(db, "SELECT count(*) FROM audit_log WHERE action LIKE 'import%'"), "0")
        XCTAssertEqual(try sqlite(db, "PRAGMA integrity_check"), "ok")
        // With room again the same file imports whole.
        let again = try jurydesk(["import", "registrations", csv, "--db", db])
        XCTAssertEqual(again.status, 0, again.err)
        XCTAssertEqual(try sqlite(db, "SELECT count(*) FROM entrants"), "2000")
    }

    /// A real full disk (ENOSPC): a 512 KiB tmpfs, mounted in a mount namespace of the child's own so
    /// nothing else on the machine sees it. Skipped where mounting is not allowed.
    func testAFullDiskDuringImportRollsBackWithAMessage() throws {
        let probe = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/unshare"),
                                          ["-m", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$0\"", dir.url.path])
        guard probe.status == 0 else { throw XCTSkip("cannot mount a tmpfs in a mount namespace here: \(probe.err)") }
        let db = try initDatabase("full.sqlite")
        let csv = try registrations(2_000)
        let small = dir.path("small"), kept = dir.path("kept")
        for folder in [small, kept] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
        // The tmpfs vanishes with the namespace: the file (and any -wal) is copied out to be examined.
        let script = """
            mount -t tmpfs -o size=512k tmpfs "$1" && cp "$2" "$1/" || exit 99
            "$0" import registrations "$3" --db "$1/full.sqlite"; status=$?
            cp "$1"/full.sqlite* "$4/"; exit $status
            """
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/unshare"),
                                      ["-m", "sh", "-c", script, BuiltProducts.jurydesk.path, small, db, csv, kept],
                                      environment: ["JURYDESK_LANG": "en"])
        XCTAssertNotEqual(r.status, 99, r.err)
        assertNoCrash(r)
        XCTAssertTrue(r.err.contains("The disk holding \(small)/full.sqlite is full"), r.err)
        XCTAssertTrue(r.err.contains("Free some space on that disk"), r.err)
        XCTAssertFalse(r.err.contains("SQLite"), r.err)
        let copy = kept + "/full.sqlite"
        XCTAssertEqual(try sqlite(copy, "SELECT count(*) FROM entrants"), "0")
        XCTAssertEqual(try sqlite(copy, "SELECT count(*) FROM audit_log WHERE action LIKE 'import%'"), "0")
        XCTAssertEqual(try sqlite(copy, "PRAGMA integrity_check"), "ok")
        // The copy is the file as it was (the file-size test above shows such a file then imports whole).
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: copy)), try Data(contentsOf: URL(fileURLWithPath: db)))
    }

    private func sqlite(_ db: String, _ sql: String) throws -> String {
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, sql])
        XCTAssertEqual(r.status, 0, r.err)
        return r.out.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
