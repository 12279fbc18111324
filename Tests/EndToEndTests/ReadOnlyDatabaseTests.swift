import Foundation
import JuryTestSupport
import XCTest

/// The database as a user who may read it but not write it. Tests run as root, for whom permissions
/// do not stop a write, so the real binary runs as `nobody` through setpriv (util-linux). JuryDesk
/// writes even to browse (sign-ins, the audit log), so every command and the workstation refuse at
/// once with a message naming the file, saying it is read-only and what to do; nothing is changed.
final class ReadOnlyDatabaseTests: XCTestCase {
    var dir: TemporaryDirectory!
    let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData")
    static let setpriv = "/usr/bin/setpriv"

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.setpriv) else { throw XCTSkip("setpriv (util-linux) is not installed") }
        // Becoming nobody needs root; a CI that runs the tests as a user skips rather than fails.
        guard getuid() == 0 else { throw XCTSkip("running the binary as nobody needs root (setpriv --reuid)") }
        // nobody must be able to run the built binary: a clone under a private folder (/root) is not.
        let probe = try asNobody(["--version"])
        guard probe.status == 0 else {
            throw XCTSkip("nobody cannot run \(BuiltProducts.jurydesk.path) (a folder above it is closed to other users): \(probe.err)")
        }
        dir = try TemporaryDirectory()
        // nobody must reach the file: the folder traversable and readable, not writable.
        XCTAssertEqual(chmod(dir.url.path, 0o755), 0)
    }

    /// Runs the real binary as nobody (uid and gid 65534, no supplementary groups).
    private func asNobody(_ args: [String], language: String = "en") throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(URL(fileURLWithPath: Self.setpriv),
                              ["--reuid=65534", "--regid=65534", "--clear-groups", BuiltProducts.jurydesk.path] + args,
                              environment: ["JURYDESK_LANG": language, "HOME": "/nonexistent"])
    }

    private func makeDatabase() throws -> String {
        let db = dir.path("jury.sqlite")
        let r = try BuiltProducts.run(BuiltProducts.jurydesk, ["init", "--db", db, "--contest", sample.appendingPathComponent("contest.json").path])
        XCTAssertEqual(r.status, 0, r.err)
        return db
    }

    /// The folder's names and the file's bytes, to show nothing was changed or created.
    private func snapshot(_ db: String) throws -> ([String], Data) {
        (try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted(), try Data(contentsOf: URL(fileURLWithPath: db)))
    }

    func testAFileNobodyMayWriteIsRefusedByTheCommandLineAndTheWorkstationAndLeftAlone() throws {
        let db = try makeDatabase()
        XCTAssertEqual(chmod(db, 0o644), 0) // root's, readable by all, writable by root only
        let csv = sample.appendingPathComponent("templates/registrations.csv").path
        let reachable = try asNobody(["--version"])
        XCTAssertEqual(reachable.status, 0, "nobody cannot run the built binary: \(reachable.err)")
        let before = try snapshot(db)

        for args in [["verify", "--db", db], ["import", "registrations", csv, "--db", db], ["open", "--db", db]] {
            let r = try asNobody(args)
            XCTAssertNotEqual(r.status, 0, "\(args[0]): \(r.out)")
            XCTAssertLessThan(r.status, 128, "\(args[0]) crashed: \(r.err)")
            XCTAssertTrue(r.err.contains("\(db) is read-only for this user"), "\(args[0]): \(r.err)")
            XCTAssertTrue(r.err.contains("ask an administrator for write access"), "\(args[0]): \(r.err)")
            XCTAssertFalse(r.err.contains("SQLite"), "\(args[0]) shows SQLite's words: \(r.err)")
        }
        let zh = try asNobody(["verify", "--db", db], language: "zh")
        XCTAssertTrue(zh.err.contains("\(db) 只能读不能写"), zh.err)

        let after = try snapshot(db)
        XCTAssertEqual(after.0, before.0, "files were created beside the database")
        XCTAssertEqual(after.1, before.1, "the database was changed")
    }

    func testAFolderNobodyMayWriteIsNamedWhenTheFileItselfIsWritable() throws {
        let db = try makeDatabase()
        // The file is writable by all, but WAL's -wal and -shm cannot be created in root's 0755 folder.
        XCTAssertEqual(chmod(db, 0o666), 0)
        let before = try snapshot(db)
        let r = try asNobody(["verify", "--db", db])
        XCTAssertNotEqual(r.status, 0, r.out)
        XCTAssertTrue(r.err.contains("cannot create the -wal/-shm files beside it in \(dir.url.path)"), r.err)
        let after = try snapshot(db)
        XCTAssertEqual(after.0, before.0)
        XCTAssertEqual(after.1, before.1)
    }
}
