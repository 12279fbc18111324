@testable import JuryStore
import XCTest

final class TamperTests: XCTestCase {
    private func scoredStore() throws -> TestStore {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2)], actor: "admin")
        try t.makeFinalist("E000001")
        try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: ["workContent": 85, "accountInfluence": 70])
        try t.decide(1, "E000002", .fail, by: "rev1")
        try t.store.conflicts.declare(judge: "judgeB", entrantId: "E000001", kind: .colleague, actor: "judgeB")
        try t.store.awards.grant(awardId: "mostWelcomed", entrantId: "E000001", rank: 1, actor: "chair")
        return t
    }

    func testUntouchedFileVerifies() throws {
        let t = try scoredStore()
        let report = try t.store.verify()
        XCTAssertTrue(report.ok, report.description(language: .en))
        // 1 sheet, 2 items, 3 decisions, 1 conflict, 1 award with their own row_hash; 11 users,
        // 2 entrants, 2 accounts, 2 works and 2 settings (definition, phase) in row_seals.
        XCTAssertEqual(report.rowsChecked, 29)
    }

    func testScoreEditedWithSqliteCLIIsCaught() throws {
        let t = try scoredStore()
        _ = try sqliteCLI(t.path, "UPDATE score_items SET tenths = 99 WHERE criterion = 'workContent'")
        let report = try t.store.verify()
        XCTAssertFalse(report.ok)
        guard case let .rowAltered(table, _, column, expected, found)? = report.problems.first else {
            return XCTFail(report.description(language: .en))
        }
        XCTAssertEqual([table, column, expected, found], ["score_items", "tenths", "85", "99"])
        XCTAssertTrue(report.description(language: .zh).contains("score_items"))
    }

    func testForgedRowHashIsStillCaught() throws {
        let t = try scoredStore()
        // A forger who also rewrites row_hash still disagrees with the values the audit chain recorded.
        _ = try sqliteCLI(t.path, "UPDATE review_decisions SET outcome = 'pass', row_hash = 'f' || substr(row_hash, 2) WHERE outcome = 'fail'")
        let report = try t.store.verify()
        XCTAssertTrue(report.problems.contains {
            if case .rowAltered("review_decisions", _, "outcome", "\"fail\"", "\"pass\"") = $0 { return true }
            return false
        }, report.description(language: .en))
    }

    func testInsertedAndDeletedRowsAreCaught() throws {
        let t = try scoredStore()
        _ = try sqliteCLI(t.path, "DELETE FROM awards")
        _ = try sqliteCLI(t.path, """
            INSERT INTO conflicts (judge, entrant_id, kind, declared_at) VALUES ('judgeC', 'E000002', 'other', 'x')
            """)
        let problems = try t.store.verify().problems
        XCTAssertTrue(problems.contains { if case .rowMissing("awards", _) = $0 { return true }; return false })
        XCTAssertTrue(problems.contains { if case .rowUnaudited("conflicts", _) = $0 { return true }; return false })
    }

    func testEditedAuditRowBreaksTheChainThere() throws {
        let t = try scoredStore()
        let seq = try XCTUnwrap(t.store.audit.entries().first { $0.action == "score.save" }?.seq)
        _ = try sqliteCLI(t.path, "UPDATE audit_log SET actor = 'mallory' WHERE seq = \(seq)")
        let report = try t.store.verify()
        guard case let .brokenLink(at, field, _, _)? = report.problems.first else {
            return XCTFail(report.description(language: .en))
        }
        XCTAssertEqual(at, seq)
        XCTAssertEqual(field, "hash")
    }

    func testDeletedAuditRowBreaksTheChain() throws {
        let t = try scoredStore()
        _ = try sqliteCLI(t.path, "DELETE FROM audit_log WHERE seq = 3")
        let report = try t.store.verify()
        guard case let .brokenLink(at, field, _, _)? = report.problems.first else {
            return XCTFail(report.description(language: .en))
        }
        XCTAssertEqual(at, 4)
        XCTAssertEqual(field, "prev_hash")
    }
}
