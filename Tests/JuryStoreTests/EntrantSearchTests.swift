import JuryCore
@testable import JuryStore
import XCTest

final class EntrantSearchOnImportedRowsTests: XCTestCase {
    func testImportedRowsAnswerTheBrowserQueries() throws {
        let t = try TestStore()
        var e = Fixtures.entrant(9, name: "王秀英", city: "延安", followers: 30_000)
        e.accounts.append(Account(platform: .bilibili, nickname: "ShaanxiWorker", followers: 5_000))
        try t.store.importEntrants([Fixtures.entrant(1), e], actor: "admin")
        let hit = try t.store.entrants.page(EntrantQuery(search: "秀英"))
        XCTAssertEqual(hit.map(\.id), ["E000009"])
        XCTAssertEqual(hit.first?.totalFollowers, 35_000)
        XCTAssertEqual(hit.first?.platforms, [.bilibili, .douyin])
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery(search: "shaanxiworker")).count, 1)
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery(search: "西安地铁")).map(\.id), ["E000001", "E000009"])
        XCTAssertEqual(try t.store.entrants.count(EntrantQuery(platform: .bilibili)), 1)
    }
}
