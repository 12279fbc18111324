import Foundation
import JuryCore
@testable import JuryStore
import XCTest

/// Issue 7, "seal everything that decides an outcome": each edit the attacker made with the
/// sqlite3 shell, made again here with the real sqlite3 CLI, is named by `verify` with its table,
/// row and column.
final class SealTamperTests: XCTestCase {
    private func store() throws -> TestStore {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2), Fixtures.entrant(3)], actor: "admin")
        try t.store.importVotes([VoteSnapshot(entrantId: "E000001", votes: 1200, takenAt: Date(timeIntervalSince1970: 1_695_384_000)),
                                 VoteSnapshot(entrantId: "E000002", votes: 800, takenAt: Date(timeIntervalSince1970: 1_695_384_000))],
                                actor: "admin")
        try t.store.users.add(name: "吴昊", role: .admin, pin: "000000", actor: "admin")
        try t.store.users.add(name: "李评委", role: .judge, pin: "2222", actor: "admin")
        _ = try t.store.claims.claim(entrantId: "E000003", round: 1, reviewer: "r1")
        let report = try t.store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en))
        return t
    }

    private func id(_ t: TestStore, user: String) throws -> String {
        try sqliteCLI(t.path, "SELECT id FROM users WHERE name = '\(user)'").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The problems verify reports after `sql`, in English, with the first altered column.
    private func caught(_ t: TestStore, _ sql: String, file: StaticString = #filePath, line: UInt = #line) throws -> [VerifyProblem] {
        _ = try sqliteCLI(t.path, sql)
        let report = try t.store.verify()
        XCTAssertFalse(report.ok, "verify passed after: \(sql)", file: file, line: line)
        return report.problems
    }

    private func assertAltered(_ problems: [VerifyProblem], _ table: String, _ key: String, _ column: String,
                               file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertTrue(problems.contains {
            if case let .sealedRowAltered(tb, k, c, _) = $0 { return tb == table && k == key && c == column }
            return false
        }, "expected \(table) \(key) \(column) in \(problems)", file: file, line: line)
    }

    func testJudgeMadeAdmin() throws {
        let t = try store()
        let judge = try id(t, user: "李评委")
        let problems = try caught(t, "UPDATE users SET role = 'admin' WHERE name = '李评委'")
        assertAltered(problems, "users", judge, "role")
        XCTAssertTrue(problems.first?.message(language: .en).contains("users row \(judge) was changed outside JuryDesk: role") ?? false)
    }

    func testAdminPinHashReplacedByAJudges() throws {
        let t = try store()
        let problems = try caught(t, "UPDATE users SET pin_hash = (SELECT pin_hash FROM users WHERE name = '李评委') WHERE name = '吴昊'")
        assertAltered(problems, "users", try id(t, user: "吴昊"), "pin_hash")
    }

    func testEntrantNameFollowersAndStage() throws {
        let t = try store()
        assertAltered(try caught(t, "UPDATE entrants SET name = '冒名' WHERE id = 'E000002'"), "entrants", "E000002", "name")
        let account = try sqliteCLI(t.path, "SELECT id FROM accounts WHERE entrant_id = 'E000001'").trimmingCharacters(in: .whitespacesAndNewlines)
        assertAltered(try caught(t, "UPDATE accounts SET followers = followers * 10 WHERE entrant_id = 'E000001'"), "accounts", account, "followers")
        assertAltered(try caught(t, "UPDATE entrants SET review_stage = 'finalist' WHERE id = 'E000003'"), "entrants", "E000003", "review_stage")
    }

    func testVotesTimesAHundred() throws {
        let t = try store()
        let problems = try caught(t, "UPDATE vote_snapshots SET votes = votes * 100")
        assertAltered(problems, "vote_snapshots", "1", "votes")
        assertAltered(problems, "vote_snapshots", "2", "votes")
    }

    func testDeletedEntrant() throws {
        let t = try store()
        let problems = try caught(t, "DELETE FROM entrants WHERE id = 'E000002'")
        XCTAssertTrue(problems.contains(.sealedRowMissing(table: "entrants", key: "E000002")), "\(problems)")
    }

    func testPhaseAndContestDefinition() throws {
        let t = try store()
        assertAltered(try caught(t, "UPDATE settings SET value = 'showcase' WHERE key = 'phase.current'"), "settings", "phase.current", "value")
        let t2 = try store()
        let problems = try caught(t2, """
            UPDATE settings SET value = replace(replace(value, '"weight": 0.2', '"weight": 0.9'), '"count": 10', '"count": 12')
            WHERE key = 'contest.definition'
            """)
        assertAltered(problems, "settings", "contest.definition", "value")
    }

    func testClaimHandedToSomeoneElse() throws {
        let t = try store()
        assertAltered(try caught(t, "UPDATE claims SET reviewer = 'r2'"), "claims", "E000003/1", "reviewer")
    }

    func testSealRewrittenWithTheRowIsCaughtByTheDigest() throws {
        let t = try store()
        _ = try sqliteCLI(t.path, "UPDATE entrants SET name = '冒名' WHERE id = 'E000002'")
        // The forger recomputes the row's seal: the row and its seal agree, the table's digest does not.
        let problems = try t.store.verify().problems
        guard case let .sealedRowAltered(_, _, _, _)? = problems.first else { return XCTFail("\(problems)") }
        try t.store.read { db in
            let names = try t.store.sealColumns(.entrants)
            let stmt = try db.prepare("SELECT \(names.map { "\"\($0)\"" }.joined(separator: ", ")) FROM entrants WHERE id = 'E000002'")
            XCTAssertTrue(try stmt.step())
            let digest = RowDigest(table: .entrants, key: "E000002", statement: stmt, first: 0, names: names)
            _ = try sqliteCLI(t.path, "UPDATE row_seals SET hash = '\(digest.hash)', cols = '\(digest.columns)' WHERE tbl = 'entrants' AND key = 'E000002'")
        }
        let after = try t.store.verify().problems
        XCTAssertTrue(after.contains { if case .sealDigestMismatch("entrants", _, 3, 3) = $0 { return true }; return false }, "\(after)")
    }

    func testALaterWriteDoesNotLaunderAnEdit() throws {
        let t = try store()
        _ = try sqliteCLI(t.path, "UPDATE entrants SET name = '冒名' WHERE id = 'E000002'")
        // A reviewer's decision changes the entrant's stage and reseals the row, edited name and all.
        try t.decide(1, "E000002", .pass)
        let problems = try t.store.verify().problems
        XCTAssertTrue(problems.contains { if case .sealedBeforeCheck("entrants", "E000002", _) = $0 { return true }; return false },
                      "\(problems)")
    }

    func testDroppingTheSealsAndRollingBackTheVersionSealsNothing() throws {
        let t = try store()
        _ = try sqliteCLI(t.path, "UPDATE entrants SET name = '冒名' WHERE id = 'E000002'")
        // Pretend to be a file from before seals, hoping the migration seals the edit.
        _ = try sqliteCLI(t.path, "DROP TABLE row_seals; DROP TABLE seal_digests; PRAGMA user_version = 7;")
        let reopened = try Store.open(at: t.path)
        let problems = try reopened.verify().problems
        XCTAssertTrue(problems.contains(.sealedRowUnaudited(table: "entrants", key: "E000002")), "\(problems)")
        XCTAssertTrue(problems.contains { if case .sealDigestMismatch("entrants", _, 3, 0) = $0 { return true }; return false })
    }
}
