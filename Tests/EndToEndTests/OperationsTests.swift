import Foundation
import JuryTestSupport
import XCTest

/// Installing, backing up and restoring with the real binary, from outside the source tree.
final class OperationsTests: XCTestCase {
    var dir: TemporaryDirectory!
    var db: String { dir.path("contest.sqlite") }
    let root = CommandLineTests.packageRoot

    override func setUpWithError() throws { dir = try TemporaryDirectory() }

    /// Runs a program in `cwd` with a small environment (no JURYDESK_* from the caller).
    @discardableResult
    func run(_ program: String, _ args: [String], cwd: String? = nil, stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        p.environment = ["PATH": "/usr/bin:/bin", "JURYDESK_LANG": "en", "HOME": dir.url.path]
        if let cwd { p.currentDirectoryURL = URL(fileURLWithPath: cwd) }
        let out = dir.path("run.out"), err = dir.path("run.err")
        FileManager.default.createFile(atPath: out, contents: nil)
        FileManager.default.createFile(atPath: err, contents: nil)
        let outHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: out))
        let errHandle = try FileHandle(forWritingTo: URL(fileURLWithPath: err))
        let input = Pipe()
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        p.waitUntilExit()
        try outHandle.close()
        try errHandle.close()
        return (p.terminationStatus, try String(contentsOfFile: out, encoding: .utf8), try String(contentsOfFile: err, encoding: .utf8))
    }

    func jurydesk(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try run(BuiltProducts.jurydesk.path, args, cwd: dir.url.path, stdin: stdin)
    }

    func initDatabase() throws {
        let r = try jurydesk(["init", "--db", db, "--contest", root.appendingPathComponent("SampleData/contest.json").path])
        XCTAssertEqual(r.status, 0, r.err)
    }

    func head(_ output: String) -> String? {
        output.range(of: #"\d+:[0-9a-f]{64}"#, options: .regularExpression).map { String(output[$0]) }
    }

    func testInstallIntoDestdirRunsOutsideTheSourceTreeAndUninstallRemovesIt() throws {
        let stage = dir.path("stage")
        let make = try run("/usr/bin/make", ["-s", "-C", root.path, "install", "BUILD=debug",
                                             "INSTALL_BIN=\(BuiltProducts.jurydesk.path)", "PREFIX=/opt/jd", "DESTDIR=\(stage)"])
        XCTAssertEqual(make.status, 0, make.err)
        let bin = stage + "/opt/jd/bin/jurydesk"
        for file in ["/opt/jd/share/jurydesk/themes/default.json", "/opt/jd/share/jurydesk/sample/contest.json",
                     "/opt/jd/share/jurydesk/sample/templates/COLUMNS.md", "/opt/jd/share/man/man1/jurydesk.1",
                     "/opt/jd/share/bash-completion/completions/jurydesk", "/opt/jd/share/jurydesk/install-manifest.txt"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: stage + file), file)
        }
        // From a folder with no SampleData: the installed binary finds its samples beside itself.
        let elsewhere = dir.path("elsewhere")
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        let version = try run(bin, ["--version"], cwd: elsewhere)
        XCTAssertEqual(version.status, 0, version.err)
        let demo = try run(bin, ["demo", "--no-open", "--db", elsewhere + "/demo.sqlite"], cwd: elsewhere)
        XCTAssertEqual(demo.status, 0, demo.err)
        XCTAssertTrue(demo.out.contains("300 entrants"), demo.out)
        XCTAssertEqual(try run(bin, ["verify", "--db", elsewhere + "/demo.sqlite"], cwd: elsewhere).status, 0)

        let uninstall = try run("/usr/bin/make", ["-s", "-C", root.path, "uninstall", "PREFIX=/opt/jd", "DESTDIR=\(stage)"])
        XCTAssertEqual(uninstall.status, 0, uninstall.err)
        let left = FileManager.default.enumerator(atPath: stage)?.compactMap { $0 as? String }
            .filter { !(try! FileManager.default.attributesOfItem(atPath: stage + "/" + $0)[.type] as? FileAttributeType == .typeDirectory) } ?? []
        XCTAssertEqual(left, [], "uninstall removes every file it installed")
        XCTAssertFalse(FileManager.default.fileExists(atPath: stage + "/opt/jd/share/jurydesk"), "its own folders go too")
    }

    func testBackupWhileAnotherProcessWritesIsConsistentAndVerifies() throws {
        try initDatabase()
        let writer = Process()
        writer.executableURL = BuiltProducts.directory.appendingPathComponent("jurydesk-stress")
        writer.arguments = ["hammer", db, "300", "w"]
        writer.standardOutput = FileHandle.nullDevice
        try writer.run()
        defer { if writer.isRunning { writer.terminate() } }
        var heads: [String] = []
        for i in 0..<2 {
            let copy = dir.path("copy-\(i).sqlite")
            let r = try jurydesk(["backup", "--db", db, "--out", copy])
            XCTAssertEqual(r.status, 0, r.err)
            XCTAssertTrue(r.out.contains("Verified"), r.out)
            let h = try XCTUnwrap(head(r.out), r.out)
            heads.append(h)
            // The copy stands alone (the -wal folded in) and holds the head it printed.
            XCTAssertFalse(FileManager.default.fileExists(atPath: copy + "-wal"))
            let check = try jurydesk(["verify", "--db", copy, "--head", h])
            XCTAssertEqual(check.status, 0, check.err)
            let attributes = try FileManager.default.attributesOfItem(atPath: copy)
            XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        }
        writer.waitUntilExit()
        XCTAssertEqual(writer.terminationStatus, 0)
        // Each head the copies printed is still in the live file, unchanged.
        for h in heads { XCTAssertEqual(try jurydesk(["verify", "--db", db, "--head", h]).status, 0, h) }
        // A head from a different history is caught.
        let wrong = String(heads[0].prefix { $0 != ":" }) + ":" + String(repeating: "0", count: 64)
        XCTAssertEqual(try jurydesk(["verify", "--db", db, "--head", wrong]).status, 1)
    }

    func testRotatingBackupsKeepTheNewest() throws {
        try initDatabase()
        let folder = dir.path("backups")
        // Two older copies of this file and one of another file, named as the schedule names them.
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in ["contest-20230901T000000Z.sqlite", "contest-20230902T000000Z.sqlite", "other-20230901T000000Z.sqlite"] {
            FileManager.default.createFile(atPath: folder + "/" + name, contents: Data())
        }
        let r = try jurydesk(["backup", "--db", db, "--out", folder, "--keep", "2"])
        XCTAssertEqual(r.status, 0, r.err)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        XCTAssertEqual(names.count, 3, "\(names)")
        XCTAssertEqual(names[0], "contest-20230902T000000Z.sqlite", "the oldest copy of this file went")
        XCTAssertTrue(names[1].hasPrefix("contest-20") && names[1].hasSuffix("Z.sqlite"), "\(names)")
        XCTAssertEqual(names[2], "other-20230901T000000Z.sqlite", "another file's copies are left alone")
        XCTAssertEqual(try jurydesk(["verify", "--db", folder + "/" + names[1]]).status, 0)
        XCTAssertEqual(try jurydesk(["backup", "--db", db, "--out", folder, "--every", "5"]).status, 64, "--every needs --keep")
    }

    func testRestoreRoundTripRefusesANewerFileWithoutForce() throws {
        try initDatabase()
        XCTAssertEqual(try jurydesk(["user", "add", "甲", "--role", "judge", "--pin-stdin", "--db", db], stdin: "1234\n").status, 0)
        let copy = dir.path("copy.sqlite")
        let backup = try jurydesk(["backup", "--db", db, "--out", copy])
        XCTAssertEqual(backup.status, 0, backup.err)
        XCTAssertEqual(try jurydesk(["backup", "--db", db, "--out", copy]).status, 73, "an existing copy is not overwritten")
        XCTAssertEqual(try jurydesk(["user", "add", "乙", "--role", "judge", "--pin-stdin", "--db", db], stdin: "1234\n").status, 0)

        let refused = try jurydesk(["restore", copy, "--db", db])
        XCTAssertEqual(refused.status, 73, refused.err)
        XCTAssertTrue(refused.err.contains("newer than the copy"), refused.err)
        XCTAssertEqual(try jurydesk(["user", "list", "--names", "--db", db]).out, "乙\n甲\n".split(separator: "\n").sorted().joined(separator: "\n") + "\n")

        let forced = try jurydesk(["restore", copy, "--db", db, "--force"])
        XCTAssertEqual(forced.status, 0, forced.err)
        XCTAssertEqual(head(forced.out), head(backup.out), "the restored file holds the copy's head")
        XCTAssertEqual(try jurydesk(["user", "list", "--names", "--db", db]).out, "甲\n")
        let aside = try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.hasPrefix("contest.sqlite.replaced-") }
        XCTAssertEqual(aside.count, 1, "\(aside)")
        XCTAssertEqual(try jurydesk(["user", "list", "--names", "--db", dir.path(aside[0])]).out.contains("乙"), true,
                       "the replaced file is kept whole")
        XCTAssertEqual(try jurydesk(["verify", "--db", db]).status, 0)
        // Restoring the same copy again is not a downgrade: no --force needed.
        XCTAssertEqual(try jurydesk(["restore", copy, "--db", db]).status, 0)

        // A damaged copy is refused before anything is touched.
        let bad = dir.path("bad.sqlite")
        try Data("not a database at all".utf8).write(to: URL(fileURLWithPath: bad))
        let r = try jurydesk(["restore", bad, "--db", db, "--force"])
        XCTAssertNotEqual(r.status, 0)
        XCTAssertTrue(r.err.contains(bad), r.err)
        XCTAssertEqual(try jurydesk(["user", "list", "--names", "--db", db]).out, "甲\n")
    }

    func testUserAndPhaseCommandsSpeakTheInterfaceLanguage() throws {
        try initDatabase()
        XCTAssertEqual(try jurydesk(["user", "add", "甲", "--role", "评委", "--pin-stdin", "--db", db], stdin: "1234\n").status, 0)
        let zh = try run(BuiltProducts.jurydesk.path, ["user", "list", "--db", db, "--lang", "zh"])
        XCTAssertTrue(zh.out.contains("甲\t评委"), zh.out)
        XCTAssertTrue(try jurydesk(["user", "list", "--db", db]).out.contains("甲\tJudge"))
        XCTAssertEqual(try jurydesk(["user", "edit", "甲", "--role", "chair", "--city", "宝鸡", "--db", db]).status, 0)
        XCTAssertTrue(try jurydesk(["user", "list", "--db", db]).out.contains("甲\tChair\t\t宝鸡\tactive"))
        XCTAssertEqual(try jurydesk(["user", "deactivate", "甲", "--db", db]).status, 0)
        XCTAssertEqual(try jurydesk(["user", "list", "--names", "--db", db]).out, "")
        XCTAssertEqual(try jurydesk(["user", "reactivate", "甲", "--db", db]).status, 0)
        XCTAssertEqual(try jurydesk(["user", "list", "--names", "--db", db]).out, "甲\n")

        let set = try jurydesk(["phase", "评选投票期", "--db", db])
        XCTAssertEqual(set.status, 0, set.err)
        XCTAssertTrue(set.out.contains("selection"), set.out)
        XCTAssertEqual(try jurydesk(["phase", "--ids", "--db", db]).out, "promotion\ncollection\nselection\nshowcase\n")
        XCTAssertEqual(try jurydesk(["phase", "没有这个阶段", "--db", db]).status, 64)
    }

    func testFileErrorsNameThePathAndWhatToDo() throws {
        try initDatabase()
        let missing = dir.path("nope.csv")
        for lang in ["en", "zh"] {
            let r = try run(BuiltProducts.jurydesk.path, ["import", "votes", missing, "--db", db, "--lang", lang])
            XCTAssertEqual(r.status, 64)
            XCTAssertTrue(r.err.contains(missing), r.err)
            XCTAssertFalse(r.err.contains("doesn’t exist") || r.err.contains("NSCocoaErrorDomain"), r.err)
            XCTAssertTrue(r.err.contains(lang == "en" ? "check the path" : "请检查路径"), r.err)
        }
        let unwritable = try jurydesk(["sample", "--out", "/proc/jurydesk-cannot-write"])
        XCTAssertNotEqual(unwritable.status, 0)
        XCTAssertTrue(unwritable.err.contains("/proc/jurydesk-cannot-write"), unwritable.err)
        XCTAssertFalse(unwritable.err.contains("NSCocoaErrorDomain"), unwritable.err)
    }
}
