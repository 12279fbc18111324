import Foundation
import JuryTestSupport
import XCTest

/// Issue 7, "nobody acts as someone else": command-line changes need `--as` and that user's PIN,
/// the first admin is the only exception, and parallel guesses get no more tries than serial ones.
final class CommandLineSignInTests: XCTestCase {
    var dir: TemporaryDirectory!
    let contest = CommandLineTests.packageRoot.appendingPathComponent("SampleData/contest.json").path

    override func setUpWithError() throws { dir = try TemporaryDirectory() }

    func jurydesk(_ args: [String], stdin: String? = nil) throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args, stdin: stdin, environment: ["JURYDESK_LANG": "en", "USER": "spoofed"])
    }

    func sqlite(_ db: String, _ sql: String) throws -> String {
        try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, sql]).out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// A file with the admin 吴昊 (PIN 000000) and the judge 李评委 (PIN 2222).
    func makeDatabase() throws -> String {
        let db = dir.path("jury.sqlite")
        XCTAssertEqual(try jurydesk(["init", "--db", db, "--contest", contest]).status, 0)
        let first = try jurydesk(["user", "add", "吴昊", "--role", "admin", "--pin-stdin", "--db", db], stdin: "000000\n")
        XCTAssertEqual(first.status, 0, first.err)
        let judge = try jurydesk(["user", "add", "李评委", "--role", "judge", "--as", "吴昊", "--pin-stdin", "--db", db],
                                 stdin: "000000\n2222\n")
        XCTAssertEqual(judge.status, 0, judge.err)
        return db
    }

    func testFirstAdminNeedsNoAsButEveryLaterChangeDoes() throws {
        let db = try makeDatabase()
        // The first admin was added by the OS user, named from the password database, not $USER.
        let me = String(cString: getpwuid(getuid()).pointee.pw_name)
        XCTAssertEqual(try sqlite(db, "SELECT actor FROM audit_log WHERE action = 'user.add' AND subject = '吴昊'"), "cli:\(me)")
        XCTAssertTrue(try sqlite(db, "SELECT detail FROM audit_log WHERE action = 'user.add' AND subject = '李评委'")
            .contains("\"os_user\":\"\(me)\""))
        XCTAssertEqual(try sqlite(db, "SELECT actor FROM audit_log WHERE action = 'user.add' AND subject = '李评委'"), "吴昊")

        for args in [["user", "add", "x", "--role", "admin"], ["user", "deactivate", "李评委"], ["user", "reset-pin", "李评委"],
                     ["user", "unlock", "李评委"], ["phase", "showcase"], ["export", "entrants", "--unmasked"]] {
            let r = try jurydesk(args + ["--pin-stdin", "--db", db], stdin: "123456\n123456\n")
            XCTAssertEqual(r.status, 77, "\(args) without --as: \(r.err)")
        }
        XCTAssertEqual(try sqlite(db, "SELECT count(*) FROM users WHERE name = 'x'"), "0")

        // A wrong PIN, and a right PIN of the wrong role, are refused; the store checks the role.
        XCTAssertEqual(try jurydesk(["phase", "showcase", "--as", "吴昊", "--pin-stdin", "--db", db], stdin: "999999\n").status, 77)
        let judge = try jurydesk(["user", "add", "x", "--role", "admin", "--as", "李评委", "--pin-stdin", "--db", db],
                                 stdin: "2222\n123456\n")
        XCTAssertEqual(judge.status, 77, judge.err)
        XCTAssertTrue(judge.err.contains("may not manage users"), judge.err)
        let phase = try jurydesk(["phase", "showcase", "--as", "吴昊", "--pin-stdin", "--db", db], stdin: "000000\n")
        XCTAssertEqual(phase.status, 0, phase.err)
        XCTAssertEqual(try sqlite(db, "SELECT actor FROM audit_log WHERE action = 'phase.set'"), "吴昊")

        // Admin PINs need 6 digits; a judge's 4.
        let short = try jurydesk(["user", "add", "y", "--role", "chair", "--as", "吴昊", "--pin-stdin", "--db", db], stdin: "000000\n1234\n")
        XCTAssertEqual(short.status, 1, short.err)
        XCTAssertTrue(short.err.contains("6 to 64"), short.err)
    }

    func testTenWrongPinsLockUntilUnlocked() throws {
        let db = try makeDatabase()
        // Skip the waits by clearing locked_until between tries, as a patient guesser would wait them out.
        for _ in 0..<10 {
            _ = try sqlite(db, "UPDATE users SET locked_until = NULL WHERE name = '李评委'")
            XCTAssertEqual(try jurydesk(["phase", "showcase", "--as", "李评委", "--pin-stdin", "--db", db], stdin: "0000\n").status, 77)
        }
        _ = try sqlite(db, "UPDATE users SET locked_until = NULL WHERE name = '李评委'")
        let locked = try jurydesk(["export", "entrants", "--unmasked", "--as", "李评委", "--pin-stdin", "--db", db], stdin: "2222\n")
        XCTAssertEqual(locked.status, 77)
        XCTAssertTrue(locked.err.contains("locked"), locked.err)
        let unlock = try jurydesk(["user", "unlock", "李评委", "--as", "吴昊", "--pin-stdin", "--db", db], stdin: "000000\n")
        XCTAssertEqual(unlock.status, 0, unlock.err)
        XCTAssertEqual(try sqlite(db, "SELECT failed_attempts FROM users WHERE name = '李评委'"), "0")
        XCTAssertEqual(try sqlite(db, "SELECT actor FROM audit_log WHERE action = 'user.unlock'"), "吴昊")
    }

    /// Twenty real processes guess at once; the file must record no more PIN checks than one
    /// process after another could have made in the same time (3 free, then 1, 2, 4 … s apart).
    func testParallelWrongPinsGetNoMoreTriesThanSerialOnes() throws {
        let db = try makeDatabase()
        let started = Date()
        var running: [Process] = []
        for i in 0..<20 {
            let p = Process()
            p.executableURL = BuiltProducts.jurydesk
            p.arguments = ["export", "entrants", "--unmasked", "--as", "吴昊", "--pin-stdin", "--db", db]
            p.environment = ProcessInfo.processInfo.environment.merging(["JURYDESK_LANG": "en"]) { _, new in new }
            let input = Pipe()
            p.standardInput = input
            p.standardOutput = FileHandle.nullDevice
            p.standardError = FileHandle.nullDevice
            try p.run()
            // The right PIN is among the guesses: it must not get in after the allowed failures.
            input.fileHandleForWriting.write(Data((i == 12 ? "000000\n" : String(format: "%06d\n", 100 + i)).utf8))
            try? input.fileHandleForWriting.close()
            running.append(p)
        }
        for p in running { p.waitUntilExit() }
        let elapsed = Date().timeIntervalSince(started)
        // Attempts refused outright (too soon) are logged too, without an attempt number; the one
        // from makeDatabase is left out.
        let checked = (Int(try sqlite(db, """
            SELECT count(*) FROM audit_log WHERE action = 'user.pin_attempt' AND subject = '吴昊' AND detail LIKE '%"attempt":%'
            """)) ?? -1) - 1
        // How many attempts one process could make in `elapsed` seconds, waiting out each delay.
        var allowed = 0, waited = 0
        while true {
            let wait = allowed < 3 ? 0 : min(60, 1 << (allowed - 3))
            if allowed > 0 && Double(waited + wait) > elapsed { break }
            waited += allowed == 0 ? 0 : wait
            allowed += 1
            if allowed >= 20 { break }
        }
        XCTAssertGreaterThan(checked, 0)
        XCTAssertLessThanOrEqual(checked, allowed, "\(checked) PINs checked in \(elapsed) s; one at a time allows \(allowed)")
        let failed = Int(try sqlite(db, "SELECT count(*) FROM audit_log WHERE action = 'user.login_failed' AND subject = '吴昊'")) ?? -1
        let succeeded = Int(try sqlite(db, "SELECT count(*) FROM audit_log WHERE action = 'user.login' AND subject = '吴昊'")) ?? -1
        XCTAssertEqual(failed + succeeded - 1, checked, "every reserved attempt is settled")
    }
}

/// `verify` ends with the head; imports and exports print it; `--head` checks it.
final class CommandLineHeadTests: XCTestCase {
    func testHeadIsPrintedAndChecked() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("h.sqlite")
        let run = { (args: [String]) in try BuiltProducts.run(BuiltProducts.jurydesk, args + ["--db", db], environment: ["JURYDESK_LANG": "en"]) }
        let sample = CommandLineTests.packageRoot.appendingPathComponent("SampleData")
        XCTAssertEqual(try run(["init", "--contest", sample.appendingPathComponent("contest.json").path]).status, 0)
        let imported = try run(["import", "registrations", sample.appendingPathComponent("registrations.csv").path])
        XCTAssertEqual(imported.status, 0, imported.err)
        let importHead = try XCTUnwrap(imported.out.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(importHead.hasPrefix("head 2 "), imported.out)
        let exported = try run(["export", "summary", "--out", dir.path("s.csv")])
        XCTAssertTrue(exported.err.contains("head 3 "), exported.err)
        let verified = try run(["verify"])
        XCTAssertEqual(verified.status, 0, verified.err)
        let last = try XCTUnwrap(verified.out.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(last.hasPrefix("head 3 "), verified.out)
        let anchor = importHead.dropFirst("head ".count).replacingOccurrences(of: " ", with: ":")
        XCTAssertEqual(try run(["verify", "--head", anchor, "--head", last.dropFirst(5).replacingOccurrences(of: " ", with: ":")]).status, 0)
        let wrong = "2:" + String(repeating: "0", count: 64)
        let refused = try run(["verify", "--head", anchor, "--head", wrong])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.err.contains("Anchor \(wrong) does not hold"), refused.err)
        XCTAssertEqual(try run(["verify", "--head", "nonsense"]).status, 64)
    }
}

/// `ssh-key add/list/remove` on a test authorized_keys file.
final class CommandLineSSHKeyTests: XCTestCase {
    func testAddListRemove() throws {
        let dir = try TemporaryDirectory()
        let db = dir.path("k.sqlite"), keys = dir.path("ssh/authorized_keys"), pub = dir.path("li.pub")
        let run = { (args: [String], stdin: String?) in
            try BuiltProducts.run(BuiltProducts.jurydesk, args + ["--db", db, "--authorized-keys", keys], stdin: stdin,
                                  environment: ["JURYDESK_LANG": "en"])
        }
        let plain = { (args: [String], stdin: String?) in
            try BuiltProducts.run(BuiltProducts.jurydesk, args + ["--db", db], stdin: stdin, environment: ["JURYDESK_LANG": "en"])
        }
        let contest = CommandLineTests.packageRoot.appendingPathComponent("SampleData/contest.json").path
        XCTAssertEqual(try plain(["init", "--contest", contest], nil).status, 0)
        XCTAssertEqual(try plain(["user", "add", "吴昊", "--role", "admin", "--pin-stdin"], "000000\n").status, 0)
        XCTAssertEqual(try plain(["user", "add", "李评委", "--role", "judge", "--as", "吴昊", "--pin-stdin"], "000000\n2222\n").status, 0)
        try "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIK2dfCA7urcCmxg2mVA6MW8BAYUy0OAn79UaEdWPajfs li@laptop\n"
            .write(toFile: pub, atomically: true, encoding: .utf8)

        XCTAssertEqual(try run(["ssh-key", "add", "李评委", pub], nil).status, 77, "needs --as")
        let added = try run(["ssh-key", "add", "李评委", pub, "--as", "吴昊", "--pin-stdin"], "000000\n")
        XCTAssertEqual(added.status, 0, added.err)
        let text = try String(contentsOfFile: keys, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("command=\"'\(BuiltProducts.jurydesk.resolvingSymlinksInPath().path)' 'open' '--db' '\(db)' '--user' '李评委'\",restrict,pty ssh-ed25519 "), text)
        XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: keys)[.posixPermissions] as? Int, 0o600)
        // The same key for someone else is refused: sshd would always pick the first line.
        XCTAssertEqual(try run(["ssh-key", "add", "吴昊", pub, "--as", "吴昊", "--pin-stdin"], "000000\n").status, 65)
        try "not a key\n".write(toFile: dir.path("bad.pub"), atomically: true, encoding: .utf8)
        let bad = try run(["ssh-key", "add", "李评委", dir.path("bad.pub"), "--as", "吴昊", "--pin-stdin"], "000000\n")
        XCTAssertEqual(bad.status, 65)
        XCTAssertTrue(bad.err.contains("not one valid SSH public key line"), bad.err)

        let listed = try run(["ssh-key", "list"], nil)
        XCTAssertEqual(listed.out, "李评委\tssh-ed25519\tSHA256:1fDZuxJdKhkXzR6P2SGwp5GmzLFRJ+huFd48GHf0kCA\n")
        let removed = try run(["ssh-key", "remove", "李评委", "--as", "吴昊", "--pin-stdin"], "000000\n")
        XCTAssertEqual(removed.status, 0, removed.err)
        XCTAssertEqual(try String(contentsOfFile: keys, encoding: .utf8), "")
        let audit = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [db, "SELECT action, actor, subject FROM audit_log WHERE action LIKE 'ssh_key.%'"])
        XCTAssertEqual(audit.out, "ssh_key.add|吴昊|李评委\nssh_key.remove|吴昊|李评委\n")
    }
}
