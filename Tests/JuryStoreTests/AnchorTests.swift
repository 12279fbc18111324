import Foundation
@testable import JuryStore
import XCTest

/// Issue 7, "anchor the chain outside the file": a head written down earlier catches a rewritten
/// chain (every hash recomputed) and a truncated one, which the chain alone cannot.
final class AnchorTests: XCTestCase {
    private func scoredStore() throws -> TestStore {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1), Fixtures.entrant(2)], actor: "admin")
        try t.makeFinalist("E000001")
        try t.store.scores.save(judge: "judgeA", entrantId: "E000001", tenths: ["workContent": 85, "accountInfluence": 70])
        try t.decide(1, "E000002", .fail, by: "rev1")
        return t
    }

    func testRewrittenChainPassesAloneButNotAgainstAnEarlierHead() throws {
        let t = try scoredStore()
        let head = try XCTUnwrap(try t.store.verify().head)
        XCTAssertEqual(head, try t.store.chainHead())
        _ = try sqliteCLI(t.path, "UPDATE score_items SET tenths = 99 WHERE criterion = 'workContent'")
        _ = try sqliteCLI(t.path, "UPDATE sheet_scores SET tenths = replace(tenths, '85', '99')")
        _ = try sqliteCLI(t.path, "UPDATE review_decisions SET outcome = 'pass' WHERE outcome = 'fail'")
        XCTAssertFalse(try t.store.verify().ok)
        try ChainForger.reseal(t.store)
        let alone = try t.store.verify()
        XCTAssertTrue(alone.ok, "a recomputed chain verifies without an anchor: " + alone.description(language: .en))
        let anchored = try t.store.verify(anchors: [head])
        guard case .anchorMismatch(head, let found?)? = anchored.problems.first else {
            return XCTFail(anchored.description(language: .en))
        }
        XCTAssertNotEqual(found, head.hash)
        XCTAssertTrue(anchored.description(language: .en).contains("Anchor \(head.seq):\(head.hash)"))
    }

    func testTruncatedLogIsCaughtByTheHead() throws {
        let t = try scoredStore()
        try t.store.recordExport(kind: "entrants", rows: 2, destination: "-", actor: "admin")
        let head = try XCTUnwrap(try t.store.recordExport(kind: "summary", rows: 1, destination: "-", actor: "admin"))
        _ = try sqliteCLI(t.path, "DELETE FROM audit_log WHERE seq >= \(head.seq - 1)")
        XCTAssertTrue(try t.store.verify().ok, "cutting entries off the end leaves a valid chain")
        let anchored = try t.store.verify(anchors: [head])
        XCTAssertEqual(anchored.problems, [.anchorMismatch(anchor: head, found: nil)])
        // An older head still holds: the log up to it is intact.
        let older = ChainHead(seq: head.seq - 2, hash: try t.store.audit.entries()[Int(head.seq) - 3].hash)
        XCTAssertTrue(try t.store.verify(anchors: [older]).ok)
    }

    func testABrokenLinkBeforeTheAnchorIsNamed() throws {
        let t = try scoredStore()
        let head = try XCTUnwrap(try t.store.chainHead())
        _ = try sqliteCLI(t.path, "UPDATE audit_log SET actor = 'mallory' WHERE seq = 3")
        let problems = try t.store.verify(anchors: [head]).problems
        XCTAssertTrue(problems.contains(.anchorUnverified(anchor: head, brokenAt: 3)), "\(problems)")
    }

    func testHeadParsing() {
        let hash = String(repeating: "ab", count: 32)
        XCTAssertEqual(ChainHead(parsing: "12:\(hash)"), ChainHead(seq: 12, hash: hash))
        XCTAssertNil(ChainHead(parsing: "12 \(hash)"))
        XCTAssertNil(ChainHead(parsing: "x:\(hash)"))
        XCTAssertNil(ChainHead(parsing: "12:\(hash.dropLast())"))
        XCTAssertEqual(ChainHead(seq: 3, hash: hash).line, "head 3 \(hash)")
    }
}
