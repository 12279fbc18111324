import JuryCore
import JuryStore
import XCTest

final class ImportTests: XCTestCase {
    func testEntrantImportIsIdempotentAndCorrectionsUpdate() throws {
        let t = try TestStore()
        let batch = (1...20).map { Fixtures.entrant($0) }
        let first = try t.store.importEntrants(batch, actor: "admin")
        XCTAssertEqual([first.inserted, first.updated, first.unchanged], [20, 0, 0])
        let again = try t.store.importEntrants(batch, actor: "admin")
        XCTAssertEqual([again.inserted, again.updated, again.unchanged], [0, 0, 20])
        XCTAssertEqual(again.inputSHA256, first.inputSHA256)
        XCTAssertEqual(try t.store.entrants.entrant(id: "E000003"), batch[2])

        var corrected = Fixtures.entrant(3)
        corrected.city = "宝鸡"
        corrected.accounts.append(Account(platform: .bilibili, nickname: "b站号", followers: 500))
        let fix = try t.store.importEntrants([corrected, Fixtures.entrant(21)], actor: "admin")
        XCTAssertEqual([fix.inserted, fix.updated, fix.unchanged], [1, 1, 0])
        XCTAssertEqual(try t.store.entrants.entrant(id: "E000003"), corrected)
        XCTAssertEqual(try t.store.entrants.count(), 21)
        // One audit entry per import, with its counts and digest.
        let imports = try t.store.audit.entries().filter { $0.action == "import.entrants" }
        XCTAssertEqual(imports.count, 3)
        XCTAssertTrue(imports[2].detail.contains(fix.inputSHA256))
    }

    func testFailureInsideTheTransactionLeavesTheFileUnchanged() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        let auditBefore = try t.store.audit.entries().count
        var bad = Fixtures.entrant(3)
        bad.accounts[0].originalPercent = 150 // violates the CHECK after rows 2 and 3's entrant row are written
        XCTAssertThrowsError(try t.store.importEntrants([Fixtures.entrant(2), bad], actor: "admin"))
        XCTAssertEqual(try t.store.entrants.count(), 1)
        XCTAssertNil(try t.store.entrants.entrant(id: "E000002"))
        XCTAssertEqual(try t.store.audit.entries().count, auditBefore)
        // Votes for an unknown entrant abort the whole batch too.
        XCTAssertThrowsError(try t.store.importVotes([VoteSnapshot(entrantId: "E000001", votes: 5, takenAt: Date()),
                                                      VoteSnapshot(entrantId: "NOPE", votes: 1, takenAt: Date())], actor: "admin"))
        XCTAssertEqual(try t.store.votes.latest(), [:])
    }

    func testRecommendationsReplaceAUnitsListAndMatch() throws {
        let t = try TestStore()
        try t.store.importEntrants((1...5).map { Fixtures.entrant($0) }, actor: "admin")
        let list = [
            Recommendation(unit: "西安市总工会", sequence: 1, name: "达人1", employer: "", platform: .weibo, nickname: "", phone: "13800000001"),
            Recommendation(unit: "西安市总工会", sequence: 2, name: "达人2", employer: "陕西电力公司", platform: nil, nickname: "", phone: ""),
            Recommendation(unit: "西安市总工会", sequence: 3, name: "无此人", employer: "某厂", platform: nil, nickname: "", phone: ""),
        ]
        let r1 = try t.store.importRecommendations(list, unit: "西安市总工会", actor: "admin")
        XCTAssertEqual([r1.inserted, r1.updated, r1.unchanged, r1.removed], [3, 0, 0, 0])
        XCTAssertEqual(try t.store.importRecommendations(list, unit: "西安市总工会", actor: "admin").changedNothing, true)
        let stored = try t.store.recommendations.list(unit: "西安市总工会")
        XCTAssertEqual(stored.map(\.matchedEntrantId), ["E000001", "E000002", nil])
        XCTAssertEqual(stored.map(\.matchMethod), ["phone", "name_employer", nil])
        // A corrected list: row 3 dropped, row 2 changed.
        var fixed = Array(list.prefix(2))
        fixed[1].note = "补充说明"
        let r2 = try t.store.importRecommendations(fixed, unit: "西安市总工会", actor: "admin")
        XCTAssertEqual([r2.inserted, r2.updated, r2.unchanged, r2.removed], [0, 1, 1, 1])
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery(recommendedOnly: true)).map(\.id), ["E000001", "E000002"])
    }

    func testVotesAndUsersAreIdempotent() throws {
        let t = try TestStore()
        try t.store.importEntrants([Fixtures.entrant(1)], actor: "admin")
        let day1 = Date(timeIntervalSince1970: 1_696_000_000), day2 = day1.addingTimeInterval(86_400)
        let votes = [VoteSnapshot(entrantId: "E000001", votes: 10, takenAt: day1), VoteSnapshot(entrantId: "E000001", votes: 25, takenAt: day2)]
        XCTAssertEqual(try t.store.importVotes(votes, actor: "admin").inserted, 2)
        XCTAssertEqual(try t.store.importVotes(votes, actor: "admin").unchanged, 2)
        XCTAssertEqual(try t.store.votes.latest(), ["E000001": 25])
        XCTAssertEqual(try t.store.votes.history(entrantId: "E000001").map(\.votes), [10, 25])

        let users = [UserRecord(name: "张审核", role: .reviewer, unit: "西安市总工会"), UserRecord(name: "李评委", role: .judge)]
        let u1 = try t.store.importUsers(users, actor: "admin")
        XCTAssertEqual(u1.result.inserted, 2)
        XCTAssertEqual(Set(u1.initialPins.keys), ["张审核", "李评委"])
        let u2 = try t.store.importUsers(users, actor: "admin")
        XCTAssertTrue(u2.result.changedNothing)
        XCTAssertTrue(u2.initialPins.isEmpty)
        let pin = try XCTUnwrap(u1.initialPins["李评委"])
        guard case .success = try t.store.users.authenticate(name: "李评委", pin: pin) else { return XCTFail("initial PIN") }
    }
}
