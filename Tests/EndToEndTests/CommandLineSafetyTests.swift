import Foundation
import JuryTestSupport
import XCTest

/// Commands that could destroy or garble real data refuse to, and say why.
final class CommandLineSafetyTests: XCTestCase {
    var dir: TemporaryDirectory!
    let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData")

    override func setUpWithError() throws { dir = try TemporaryDirectory() }

    func jurydesk(_ args: [String], stdin: String? = nil, env: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args, stdin: stdin, environment: ["JURYDESK_LANG": "en"].merging(env) { $1 })
    }

    func testDemoNeverOverwritesARealDatabase() throws {
        let real = dir.path("real.sqlite")
        XCTAssertEqual(try jurydesk(["init", "--db", real, "--contest", sample.appendingPathComponent("contest.json").path]).status, 0)
        let before = try Data(contentsOf: URL(fileURLWithPath: real))
        let refused = try jurydesk(["demo", "--db", real, "--no-open", "--sample", sample.path])
        XCTAssertEqual(refused.status, 73)
        XCTAssertTrue(refused.err.contains("not a demo database"), refused.err)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: real)), before)

        // $JURYDESK_DB names the real file; the demo builds its own default file instead.
        let cwd = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(dir.url.path)
        defer { FileManager.default.changeCurrentDirectoryPath(cwd) }
        let demo = try jurydesk(["demo", "--no-open", "--sample", sample.path], env: ["JURYDESK_DB": real])
        XCTAssertEqual(demo.status, 0, demo.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: dir.path("demo/jurydesk.sqlite")))
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: real)), before)
        // A demo file may be rebuilt.
        XCTAssertEqual(try jurydesk(["demo", "--no-open", "--sample", sample.path]).status, 0)
    }

    func testVotesForUnknownEntrantsAreAllListedAndNothingIsWritten() throws {
        let db = dir.path("demo.sqlite")
        XCTAssertEqual(try jurydesk(["demo", "--db", db, "--no-open", "--sample", sample.path]).status, 0)
        let file = dir.path("votes.csv")
        try "报名编号,票数,时间\nNOPE-1,5,2023-09-18 20:00\nBM2023-0001,9999,2023-09-18 20:00\nNOPE-2,6,2023-09-18 20:00\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let r = try jurydesk(["import", "votes", file, "--db", db])
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.err.contains("\"NOPE-1\" is not in the database"), r.err)
        XCTAssertTrue(r.err.contains("\"NOPE-2\" is not in the database"), r.err)
        let votes = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, "SELECT count(*) FROM vote_snapshots WHERE votes = 9999"])
        XCTAssertEqual(votes.out.trimmingCharacters(in: .whitespacesAndNewlines), "0")
    }

    func testAddingAnExistingUserSaysHowToChangeThePin() throws {
        let db = dir.path("c.sqlite")
        XCTAssertEqual(try jurydesk(["init", "--db", db, "--contest", sample.appendingPathComponent("contest.json").path]).status, 0)
        XCTAssertEqual(try jurydesk(["user", "add", "吴昊", "--role", "admin", "--pin-stdin", "--db", db], stdin: "000000\n").status, 0)
        let again = try jurydesk(["user", "add", "吴昊", "--role", "judge", "--pin-stdin", "--db", db], stdin: "1234\n")
        XCTAssertEqual(again.status, 65)
        XCTAssertTrue(again.err.contains("already exists") && again.err.contains("reset-pin"), again.err)
    }

    func testExportThroughASymlinkWritesTheTargetAndKeepsTheLink() throws {
        let db = dir.path("c.sqlite")
        XCTAssertEqual(try jurydesk(["init", "--db", db, "--contest", sample.appendingPathComponent("contest.json").path]).status, 0)
        let target = dir.path("target.csv"), link = dir.path("link.csv")
        try "old".write(toFile: target, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        XCTAssertEqual(try jurydesk(["export", "summary", "--db", db, "--out", link]).status, 0)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link), target, "the link is still a link")
        XCTAssertTrue(try String(contentsOfFile: target, encoding: .utf8).contains("recommended"))
    }
}
