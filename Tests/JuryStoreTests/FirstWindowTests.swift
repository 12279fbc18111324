@testable import JuryStore
import JuryCore
import XCTest

/// A filter typed one character longer is answered from the last first page (`FirstWindow`): it must
/// give exactly the rows the query gives on its own, in every sort, and never outlive a change.
final class FirstWindowTests: XCTestCase {
    /// 3,000 entrants whose names, employers and cities share prefixes at different rates, so typed
    /// needles narrow slowly ("单位"), quickly ("达人12") or to a short, whole window ("lathe").
    private func store() throws -> TestStore {
        let t = try TestStore()
        try t.store.database.execute("""
            BEGIN IMMEDIATE;
            CREATE TEMP TABLE cities (k INTEGER PRIMARY KEY, city TEXT);
            INSERT INTO cities VALUES (0,'西安'),(1,'宝鸡'),(2,'咸阳'),(3,'西宁'),(4,'延安'),(5,'安康'),(6,'西安');
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 3000),
            gen AS (
                SELECT n, printf('E%06d', n) AS id, '达人' || (n * 7919 % 3001) AS name,
                    CASE WHEN n % 13 = 0 THEN '西安电力公司' ELSE '单位' || (n % 41) END AS employer,
                    (SELECT city FROM cities WHERE k = n % 7) AS city,
                    CASE WHEN n % 250 = 0 THEN 'Lathe' || n ELSE 'n' || n END AS nickname
                FROM seq)
            INSERT INTO entrants (id, name, employer, city, is_union_member, total_followers, platforms, search_text,
                imported_at, updated_at)
            SELECT id, name, employer, city, 1, n % 500, CASE n % 2 WHEN 0 THEN ',douyin,' ELSE ',kuaishou,' END,
                lower(name || '|' || employer || '|' || city || '||' || nickname), 'x', 'x' FROM gen;
            COMMIT;
            """)
        return t
    }

    /// The page with no window kept: what the SELECT alone answers.
    private func fresh(_ t: TestStore, _ query: EntrantQuery) throws -> [EntrantSummary] {
        let kept = t.store.firstWindows
        t.store.firstWindows = FirstWindows()
        defer { t.store.firstWindows = kept }
        return try t.store.entrants.page(query)
    }

    func testEveryKeystrokeGivesTheQuerysOwnPageInEverySort() throws {
        let t = try store()
        let words = ["西安电力", "单位17", "达人12", "Lathe2", "安康", "宝鸡x"]
        var checked = 0
        for sort in EntrantQuery.Sort.allCases {
            for limit in [1, 9, 200] {
                for platform in [nil, Platform.douyin] {
                    for word in words {
                        let chars = Array(word)
                        // Typed one character at a time, then rubbed out again (widening is read afresh).
                        let typed = chars.indices.map { String(chars[...$0]) }
                        for search in typed + typed.reversed().dropFirst() + [""] {
                            let query = EntrantQuery(search: search, platform: platform, sort: sort, limit: limit)
                            let page = try t.store.entrants.page(query)
                            XCTAssertEqual(page, try fresh(t, query), "\(sort) limit \(limit) \(platform?.rawValue ?? "-") \"\(search)\"")
                            checked += 1
                        }
                    }
                }
            }
        }
        XCTAssertEqual(checked, 5 * 3 * 2 * words.map { 2 * $0.count }.reduce(0, +))
        // Most keys that extend a needle were answered from the window, not from a fresh SELECT.
        XCTAssertGreaterThan(t.store.narrowedPages, checked / 3)
    }

    func testAWholeWindowAnswersTheNextKeyAndTheKeyRubbingItOutWithoutReading() throws {
        let t = try store()
        let repo = t.store.entrants
        let lathe = try repo.page(EntrantQuery(search: "lathe", limit: 200))
        XCTAssertEqual(lathe.count, 12, "every 250th entrant")
        let before = t.store.narrowedPages
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe2", limit: 200)).map(\.id),
                       ["E000250", "E002000", "E002250", "E002500", "E002750"])
        XCTAssertEqual(t.store.narrowedPages, before + 1)
        // Rubbed out again: the "lathe" window is still kept and answers with no SELECT either.
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe", limit: 200)), lathe)
        XCTAssertEqual(t.store.narrowedPages, before + 2)
        // Another stage, another sort or a page further on is not the same question.
        _ = try repo.page(EntrantQuery(search: "lathe25", stage: .registered, limit: 200))
        _ = try repo.page(EntrantQuery(search: "lathe250", sort: .name, limit: 200))
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe", limit: 5, offset: 5)).count, 5)
        XCTAssertEqual(t.store.narrowedPages, before + 2)
    }

    func testThisSessionsWriteIsSeenByTheNextKey() throws {
        let t = try store()
        let repo = t.store.entrants
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe", limit: 200)).count, 12)
        try t.store.database.execute("UPDATE entrants SET search_text = search_text || '|lathe9' WHERE id = 'E000007'")
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe9", limit: 200)).map(\.id), ["E000007"])
    }

    func testAnotherSessionsCommitIsSeenByTheNextKey() throws {
        let t = try store()
        let repo = t.store.entrants
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe", limit: 200)).count, 12)
        let other = try Store.open(at: t.path)
        try other.database.execute("UPDATE entrants SET search_text = search_text || '|lathe9', name = '新名字' WHERE id = 'E000007'")
        let page = try repo.page(EntrantQuery(search: "lathe9", limit: 200))
        XCTAssertEqual(page.map(\.id), ["E000007"])
        XCTAssertEqual(page.first?.name, "新名字")
        XCTAssertEqual(page, try fresh(t, EntrantQuery(search: "lathe9", limit: 200)))
    }

    func testAPageReadInsideAWriteThatIsRolledBackIsNotKept() throws {
        struct Abandoned: Error {}
        let t = try store()
        let repo = t.store.entrants
        XCTAssertThrowsError(try t.store.write(actor: "admin", action: "test.abandon", subject: "E000007") { ctx in
            try ctx.db.run("UPDATE entrants SET search_text = search_text || '|lathe9' WHERE id = 'E000007'")
            XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe", limit: 200)).count, 13)
            throw Abandoned()
        })
        // The rollback moved no counter; the page read inside the write must not answer.
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe9", limit: 200)), [])
        XCTAssertEqual(try repo.page(EntrantQuery(search: "lathe", limit: 200)).count, 12)
    }

    func testStalePagesNeverAnswerAndGoOneAKeyWhileAtMostEightAreKept() {
        var windows = FirstWindows()
        let lathe = EntrantQuery(search: "lathe", limit: 200)
        for counter in Int64(1)...3 {
            for n in 0..<6 { windows.keep(FirstWindow(query: EntrantQuery(search: "x\(n)", limit: 200)), at: counter) }
            XCTAssertLessThanOrEqual(windows.count, FirstWindows.kept)
        }
        windows.keep(FirstWindow(query: lathe), at: 3)
        XCTAssertNotNil(windows.narrowing(to: EntrantQuery(search: "lathe2", limit: 200), at: 3))
        XCTAssertNil(windows.narrowing(to: EntrantQuery(search: "lathe2", limit: 200), at: 4), "read before the file changed")
        // Kept again at the same counter: one page for the query, not two.
        let before = windows.count
        windows.keep(FirstWindow(query: lathe), at: 3)
        XCTAssertEqual(windows.count, before)
        // Each page kept after a change drops one stale page, never more.
        windows.keep(FirstWindow(query: EntrantQuery(search: "y", limit: 200)), at: 4)
        XCTAssertEqual(windows.count, before)
    }

    func testTheByteSearchIsInstr() {
        XCTAssertTrue(FirstWindow.contains(Array("西安电力".utf8), Array("安电".utf8)))
        XCTAssertTrue(FirstWindow.contains(Array("abc".utf8), []))
        XCTAssertFalse(FirstWindow.contains(Array("ab".utf8), Array("abc".utf8)))
        XCTAssertTrue(FirstWindow.contains(Array("aab".utf8), Array("ab".utf8)))
        XCTAssertFalse(FirstWindow.contains(Array("西安".utf8), Array("安西".utf8)))
    }
}
