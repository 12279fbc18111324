import JuryCore
@testable import JuryStore
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

    func testEntrantImportReportsProgressInsideItsOneWrite() throws {
        let t = try TestStore()
        let batch = (1...250).map { Fixtures.entrant($0) }
        var seen: [ImportProgress] = []
        try t.store.importEntrants(batch, actor: "admin") { seen.append($0) }
        XCTAssertEqual(seen.first, ImportProgress(done: 0, total: 250))
        XCTAssertEqual(seen.last, ImportProgress(done: 250, total: 250))
        XCTAssertEqual(seen.map(\.done), seen.map(\.done).sorted())
        XCTAssertLessThanOrEqual(seen.count, 130, "about a hundred calls, not one per row")
        XCTAssertEqual(try t.store.audit.entries().filter { $0.action == "import.entrants" }.count, 1)

        // A registrations file is read once, checking and writing each row, so it reports bytes read.
        seen = []
        let csv = "报名编号,姓名,手机号,所在工会,是否工会会员,平台1,昵称1,粉丝数1\nE9,王一,13800000009,陕西省总工会,是,抖音,王一号,12000\n"
        _ = try t.store.importFile(kind: .registrations, data: Data(csv.utf8), actor: "admin") { seen.append($0) }
        XCTAssertEqual(seen.last, ImportProgress(done: csv.utf8.count, total: csv.utf8.count, phase: .checking, rows: 1))
    }

    /// A file read and written in one pass that turns out to be GB18030 after 100 KB of plain
    /// ASCII: the rows already written are rolled back with the write and the file is read again,
    /// so every row is written once, in the right encoding, under one audit entry.
    func testAFileThatIsGB18030PastItsFirstChunkIsWrittenOnceDecodedRight() throws {
        let t = try TestStore()
        var bytes = Array("entry id,name,phone,union,union member,platform 1,nickname 1,followers 1\n".utf8)
        for i in 1...1_500 {
            bytes += Array("E\(i),Worker \(i),138\(String(format: "%08d", i)),Shaanxi Federation,yes,douyin,w\(i),12000\n".utf8)
        }
        // "张三" in GB18030 (GBK): not UTF-8, and far past the first 64 KB chunk.
        bytes += Array("E9999,".utf8) + [0xD5, 0xC5, 0xC8, 0xFD] + Array(",13899999999,Shaanxi Federation,yes,douyin,zs,12000\n".utf8)
        XCTAssertGreaterThan(bytes.count, 100_000)
        let report = try t.store.importFile(kind: .registrations, data: Data(bytes), actor: "admin")
        XCTAssertEqual(report.rowCount, 1_501)
        XCTAssertEqual(report.results.first?.inserted, 1_501, "rows from the first reading are not counted twice")
        XCTAssertEqual(try t.store.database.scalar("SELECT count(*) FROM entrants")?.int64, 1_501)
        XCTAssertEqual(try t.store.database.scalar("SELECT name FROM entrants WHERE id = 'E9999'")?.string, "张三")
        XCTAssertEqual(try t.store.audit.entries().filter { $0.action == "import.entrants" }.count, 1)
        XCTAssertTrue(try t.store.verify().ok)

        // Again with two rows changed, either side of a sealing round (every 1,000 rows): each is
        // resealed, and the file still verifies.
        var text = String(decoding: bytes.prefix(while: { $0 != 0xD5 }), as: UTF8.self)
        text = text.replacingOccurrences(of: "E5,Worker 5,", with: "E5,Worker Five,")
            .replacingOccurrences(of: "E1200,Worker 1200,", with: "E1200,Worker 1200b,")
        text = String(text[..<text.range(of: "E9999,")!.lowerBound])
        let again = try t.store.importFile(kind: .registrations, data: Data(text.utf8), actor: "admin")
        XCTAssertEqual(again.results.first?.updated, 2)
        XCTAssertEqual(again.results.first?.unchanged, 1_498)
        XCTAssertEqual(try t.store.database.scalar("SELECT name FROM entrants WHERE id = 'E1200'")?.string, "Worker 1200b")
        XCTAssertTrue(try t.store.verify().ok)
    }

    /// A UTF-8 file with one bad byte far down is neither UTF-8 nor GB18030 (its first Chinese
    /// character is not GB18030): the problem is named where it stopped being UTF-8, the later of
    /// the two places, not on line 1 where the GB18030 reading broke. Nothing is written.
    func testAFileThatIsNeitherIsReportedWhereItStoppedBeingUTF8() throws {
        let t = try TestStore()
        var bytes = Array("报名编号,姓名,手机号,所在工会,是否工会会员,平台1,昵称1,粉丝数1\n".utf8)
        for i in 1...3 { bytes += Array("E\(i),王\(i),1380000000\(i),陕西省总工会,是,抖音,王\(i)号,12000\n".utf8) }
        let broken = bytes.count
        bytes += Array("E4,".utf8) + [0xFF] + Array(",13800000004,陕西省总工会,是,抖音,王四号,12000\n".utf8)
        XCTAssertThrowsError(try t.store.importFile(kind: .registrations, data: Data(bytes), actor: "admin")) { error in
            let issues = (error as? ImportFailure)?.issues ?? []
            XCTAssertEqual(issues.map(\.line), [5], "\(error)")
            XCTAssertTrue(issues.first?.en.contains("at byte \(broken + 3)") ?? false, "\(error)")
        }
        XCTAssertEqual(try t.store.database.scalar("SELECT count(*) FROM entrants")?.int64, 0)

        // The small kinds take the same pass in memory: the same line. (Line 2's "张," is not
        // GB18030 — its third byte pairs with the comma — so that reading breaks on line 2.)
        var users = Array("姓名,角色\n张,评委\n李四,评委\n".utf8)
        users += Array("王".utf8) + [0xFF] + Array(",评委\n".utf8)
        XCTAssertThrowsError(try ImportFile.parse(kind: .users, data: Data(users))) { error in
            XCTAssertEqual((error as? ImportFailure)?.issues.map(\.line), [4], "\(error)")
        }
    }

    func testRowsWrittenBeforeTheDigestColumnCompareInFullOnce() throws {
        let t = try TestStore()
        let batch = (1...5).map { Fixtures.entrant($0) }
        try t.store.importEntrants(batch, actor: "admin")
        let digests = try t.store.database.query("SELECT content_sha256 FROM entrants").compactMap { $0.string("content_sha256") }
        XCTAssertEqual(Set(digests).count, 5)
        XCTAssertTrue(digests.allSatisfy { $0.count == 64 })

        // As a version-2 file migrated to 3 holds them: no digest yet.
        try t.store.database.execute("UPDATE entrants SET content_sha256 = ''")
        var corrected = Fixtures.entrant(2)
        corrected.pastWork?.url = "https://example.org/fixed"
        let r = try t.store.importEntrants([batch[0], corrected, batch[2]], actor: "admin")
        XCTAssertEqual([r.inserted, r.updated, r.unchanged], [0, 1, 2])
        XCTAssertEqual(try t.store.entrants.entrant(id: "E000002"), corrected)
        // The unchanged rows got their digest back, so the next import is a one-column comparison.
        let filled = try t.store.database.scalar("SELECT count(*) FROM entrants WHERE content_sha256 != ''")?.int64
        XCTAssertEqual(filled, 3)
        let again = try t.store.importEntrants([batch[0], corrected] + Array(batch[2...]), actor: "admin")
        XCTAssertEqual([again.inserted, again.updated, again.unchanged], [0, 0, 5])
    }

    func testEveryImportedFieldTakesPartInTheDigest() throws {
        let base = Fixtures.entrant(1)
        var variants: [Entrant] = []
        func vary(_ change: (inout Entrant) -> Void) { var e = base; change(&e); variants.append(e) }
        vary { $0.name = "达人1号" }
        vary { $0.phone = "13900000001" }
        vary { $0.union = "西安市总工会" }
        vary { $0.employer = "别处" }
        vary { $0.city = "宝鸡" }
        vary { $0.isUnionMember = false }
        vary { $0.registeredAt = nil }
        vary { $0.accounts[0].nickname = "nick" }
        vary { $0.accounts[0].followers += 1 }
        vary { $0.accounts[0].homepage = "https://h" }
        vary { $0.accounts[0].since = nil }
        vary { $0.accounts[0].originalPercent = 80 }
        vary { $0.accounts[0].screenshots = ["a.png"] }
        vary { $0.accounts[0].platform = .kuaishou }
        vary { $0.pastWork = nil }
        vary { $0.pastWork?.title = "别的" }
        vary { $0.entryVideo?.durationSeconds = 181 }
        vary { $0.entryVideo?.resolution = 720 }
        vary { $0.entryVideo?.hashtagPosted = false }
        vary { $0.entryVideo?.topic = .other }
        vary { $0.entryVideo?.file = "v.mp4" }
        vary { $0.entryVideo = nil }
        for v in variants {
            let t = try TestStore()
            try t.store.importEntrants([base], actor: "admin")
            let r = try t.store.importEntrants([v], actor: "admin")
            XCTAssertEqual(r.updated, 1, "\(v)")
            XCTAssertEqual(try t.store.entrants.entrant(id: base.id), v)
        }
    }
}
