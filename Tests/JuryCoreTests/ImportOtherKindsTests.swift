import XCTest
@testable import JuryCore

final class ImportOtherKindsTests: XCTestCase {
    private func data(_ rows: [[String]]) -> Data { Data(CSVWriter().data(rows)) }
    private let notice = ["序号", "达人姓名", "单位", "参赛平台", "账号昵称", "手机号", "备注"]

    func testRecommendationsWithUnitParameterSkipEmptyNumberedSlots() throws {
        let rows = [notice, ["1", "王建军", "西安市公交集团", "抖音", "公交王师傅", "13812345678", ""],
                    ["2", "李娜", "西安地铁", "快手", "地铁小李", "13912345678", "优先"],
                    ["3", "", "", "", "", "", ""], ["4", "", "", "", "", "", ""]]
        let recs = try ImportFile.recommendations(data(rows), unit: "西安市总工会")
        XCTAssertEqual(recs.count, 2)
        XCTAssertEqual(recs[1], Recommendation(unit: "西安市总工会", sequence: 2, name: "李娜", employer: "西安地铁",
                                               platform: .kuaishou, nickname: "地铁小李", phone: "13912345678", note: "优先"))
    }

    func testRecommendationsWithUnitColumn() throws {
        let rows = [notice + ["推荐单位"], ["1", "王建军", "公交集团", "抖音", "王", "13812345678", "", "宝鸡市总工会"]]
        XCTAssertEqual(try ImportFile.recommendations(data(rows)).first?.unit, "宝鸡市总工会")
        XCTAssertThrowsError(try ImportFile.recommendations(data(rows), unit: "咸阳市总工会"), "a conflicting --unit is reported")
    }

    func testRecommendationsWithoutAnyUnitFail() {
        XCTAssertThrowsError(try ImportFile.recommendations(data([notice, ["1", "王", "单位", "抖音", "王", "13812345678", ""]]))) { error in
            XCTAssertTrue((error as? ImportFailure)?.issues.first?.en.contains("--unit") ?? false)
        }
    }

    func testRecommendationProblemsAreAllReported() {
        let rows = [notice, ["1", "", "单位", "油管", "王", "138", ""], ["x", "李", "单位", "抖音", "李", "13912345678", ""]]
        XCTAssertThrowsError(try ImportFile.recommendations(data(rows), unit: "U")) { error in
            let issues = (error as? ImportFailure)?.issues ?? []
            XCTAssertEqual(issues.map { "\($0.line ?? 0) \($0.column ?? "")" }, ["2 达人姓名", "2 参赛平台", "2 手机号", "3 序号"])
        }
    }

    func testVotes() throws {
        let rows = [["报名编号", "票数", "时间"], ["BM1", "1.2万", "2023-09-10 20:00"], ["BM1", "13,050", "2023-09-11 20:00"]]
        let votes = try ImportFile.votes(data(rows))
        XCTAssertEqual(votes.map(\.votes), [12000, 13050])
        XCTAssertEqual(votes.map { HumanTimestamp.isoUTC($0.takenAt) }, ["2023-09-10T12:00:00Z", "2023-09-11T12:00:00Z"])
        let bad = [["报名编号", "票数", "时间"], ["BM1", "10万+", "2023-09-10 20:00"], ["BM2", "5", "昨天"],
                   ["BM3", "5", "2023-09-10 20:00"], ["BM3", "6", "2023-09-10T12:00:00Z"]]
        XCTAssertThrowsError(try ImportFile.votes(data(bad))) { error in
            XCTAssertEqual((error as? ImportFailure)?.issues.map { $0.line ?? 0 }, [2, 3, 5])
        }
    }

    func testUsers() throws {
        let rows = [["姓名", "角色", "单位", "城市"], ["李慧敏", "评委", "西安交大", "西安"], ["赵强", "admin", "", ""]]
        XCTAssertEqual(try ImportFile.users(data(rows)).map(\.role), [.judge, .admin])
        let bad = [["姓名", "角色"], ["李慧敏", "观众"], ["赵强", "评委"], ["赵强", "审核员"]]
        XCTAssertThrowsError(try ImportFile.users(data(bad))) { error in
            XCTAssertEqual((error as? ImportFailure)?.issues.map { $0.line ?? 0 }, [2, 4])
        }
    }

    func testTemplatesParseAndMarkdownListsEveryColumn() throws {
        for kind in ImportKind.allCases {
            let parsed = try ImportFile.parse(kind: kind, data: Data(ImportTemplate.csv(for: kind).utf8))
            XCTAssertEqual(parsed.count, 1, "\(kind)")
            let table = ImportSchema.of(kind).markdownTable()
            for column in ImportSchema.of(kind).columns { XCTAssertTrue(table.contains("| \(column.zh) (")) }
        }
        XCTAssertTrue(ImportSchema.markdownTables().contains("### 推荐表 recommendations"))
    }

    func testNoTwoColumnsShareAnAcceptedHeader() {
        for kind in ImportKind.allCases {
            var owner: [String: String] = [:]
            for column in ImportSchema.of(kind).columns {
                for name in column.acceptedHeaders {
                    let key = ImportColumn.normalizedHeader(name)
                    if let other = owner[key], other != column.key {
                        XCTFail("\(kind): header '\(name)' is accepted by both \(other) and \(column.key)")
                    }
                    owner[key] = column.key
                }
            }
        }
    }
}
