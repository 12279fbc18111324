@testable import JuryStore
import JuryCore
import XCTest

final class EntrantPagingTests: XCTestCase {
    private static let cities = ["西安", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛", "铜川"]

    /// 100,000 entrants in one transaction, generated inside SQLite (a Swift loop in a debug build is
    /// ten times slower). The denormalised columns follow `EntrantRows.insertNew`; a small test below
    /// checks the importer's rows answer the same queries.
    private func bigStore() throws -> TestStore {
        let t = try TestStore()
        let db = t.store.database
        try db.execute("""
            BEGIN IMMEDIATE;
            CREATE TEMP TABLE cities (k INTEGER PRIMARY KEY, city TEXT);
            INSERT INTO cities VALUES (0,'西安'),(1,'宝鸡'),(2,'咸阳'),(3,'渭南'),(4,'延安'),(5,'汉中'),(6,'榆林'),
                (7,'安康'),(8,'商洛'),(9,'铜川');
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 100000),
            gen AS (
                SELECT n, printf('E%06d', n) AS id,
                    CASE n WHEN 77777 THEN '张晓明' ELSE '达人' || n END AS name,
                    CASE WHEN n % 1000 = 0 THEN '陕西电力公司' ELSE '单位' || (n % 97) END AS employer,
                    (SELECT city FROM cities WHERE k = n % 10) AS city,
                    CASE n % 2 WHEN 0 THEN 'douyin' ELSE 'kuaishou' END AS platform,
                    CASE n WHEN 4242 THEN 'Lathe小能手' ELSE 'n' || n END AS nickname
                FROM seq)
            INSERT INTO entrants (id, name, employer, city, is_union_member, total_followers, platforms, search_text,
                imported_at, updated_at)
            SELECT id, name, employer, city, 1, n, ',' || platform || ',',
                lower(name || '|' || employer || '|' || city || '||' || nickname), 'x', 'x' FROM gen;
            INSERT INTO accounts (entrant_id, position, platform, nickname, followers)
            SELECT id, 0, substr(platforms, 2, length(platforms) - 2), 'n', total_followers FROM entrants;
            COMMIT;
            """)
        return t
    }

    func testPagingSortingAndChineseFilterOn100k() throws {
        let t = try bigStore()
        let all = EntrantQuery()
        XCTAssertEqual(try t.store.entrants.count(all), 100_000)

        let page1 = try t.store.entrants.page(EntrantQuery(sort: .followersDescending, limit: 50))
        XCTAssertEqual(page1.count, 50)
        XCTAssertEqual(page1.first?.id, "E100000")
        XCTAssertEqual(page1.first?.totalFollowers, 100_000)
        let page2 = try t.store.entrants.page(EntrantQuery(sort: .followersDescending, limit: 50, offset: 50))
        XCTAssertEqual(page2.first?.totalFollowers, 99_950)

        // Chinese partial matches on name, employer, city; ASCII nickname case-insensitively.
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery(search: "晓明")).map(\.name), ["张晓明"])
        XCTAssertEqual(try t.store.entrants.count(EntrantQuery(search: "电力")), 100)
        XCTAssertEqual(try t.store.entrants.count(EntrantQuery(search: "宝鸡")), 10_000)
        XCTAssertEqual(try t.store.entrants.page(EntrantQuery(search: "lathe")).map(\.id), ["E004242"])
        XCTAssertEqual(try t.store.entrants.count(EntrantQuery(search: "100%")), 0) // % is literal

        let combined = EntrantQuery(search: "咸阳", platform: .douyin, sort: .name, limit: 5)
        XCTAssertEqual(try t.store.entrants.count(combined), 10_000)
        XCTAssertEqual(try t.store.entrants.count(EntrantQuery(search: "咸阳", platform: .kuaishou)), 0)
        let rows = try t.store.entrants.page(combined)
        XCTAssertEqual(rows.count, 5)
        XCTAssertTrue(rows.allSatisfy { $0.city == "咸阳" && $0.platforms == [.douyin] && $0.stage == .registered })
        XCTAssertEqual(rows.map(\.name), rows.map(\.name).sorted())
    }

    func testSummaryAndPositionOn100kWithFilters() throws {
        let t = try bigStore()
        let repo = t.store.entrants
        XCTAssertEqual(try repo.summary(id: "E077777")?.name, "张晓明")
        XCTAssertEqual(try repo.summary(id: "E077777"), try repo.page(EntrantQuery(search: "晓明")).first)
        XCTAssertNil(try repo.summary(id: "nobody"))

        XCTAssertEqual(try repo.position(of: "E077777", in: EntrantQuery(search: "晓明")), 0)
        XCTAssertEqual(try repo.position(of: "E100000", in: EntrantQuery(sort: .followersDescending)), 0)
        XCTAssertEqual(try repo.position(of: "E000001", in: EntrantQuery(sort: .followersDescending)), 99_999)
        // 宝鸡 is n % 10 == 1: 10,000 rows, and E000001 has the fewest followers of them.
        XCTAssertEqual(try repo.position(of: "E000001", in: EntrantQuery(search: "宝鸡", sort: .followersDescending)), 9_999)
        XCTAssertNil(try repo.position(of: "E000002", in: EntrantQuery(search: "宝鸡")), "filtered out")
        XCTAssertNil(try repo.position(of: "nobody", in: EntrantQuery()))

        // Every sort agrees with the index the same query's rows give, under a filter.
        let baoji = EntrantQuery(search: "宝鸡", sort: .name, limit: 10_000)
        let names = try repo.page(baoji)
        for i in [0, 1, 17, 4_321, 9_999] {
            XCTAssertEqual(try repo.position(of: names[i].id, in: baoji), i)
        }
        for sort in EntrantQuery.Sort.allCases {
            let q = EntrantQuery(search: "电力", platform: .douyin, sort: sort, limit: 200)
            let rows = try repo.page(q)
            XCTAssertEqual(rows.count, 100)
            for (i, row) in rows.enumerated() where i % 9 == 0 {
                XCTAssertEqual(try repo.position(of: row.id, in: q), i, "\(sort) \(row.id)")
            }
        }
        // The page a query asks for does not matter, only its filter and sort.
        XCTAssertEqual(try repo.position(of: names[42].id, in: EntrantQuery(search: "宝鸡", sort: .name, limit: 5, offset: 900)), 42)
    }
}
