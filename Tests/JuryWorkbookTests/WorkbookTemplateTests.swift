import Foundation
import JuryCore
import JuryStore
import JuryTestSupport
import JuryWorkbook
import XCTest

/// The .xlsx templates in SampleData/templates: current, laid out as the notice's annex 1, and
/// importable once filled in.
final class WorkbookTemplateTests: XCTestCase {
    let templates = WorkbookFixtures.packageRoot.appendingPathComponent("SampleData/templates")

    /// `WRITE_SAMPLEDATA=1 swift test --filter WorkbookTemplateTests` regenerates the committed files.
    func testCommittedTemplatesMatchAFreshGeneration() throws {
        for kind in ImportKind.allCases {
            let url = templates.appendingPathComponent(WorkbookTemplates.fileName(for: kind))
            let fresh = WorkbookTemplates.xlsx(for: kind)
            if ProcessInfo.processInfo.environment["WRITE_SAMPLEDATA"] == "1" { try Data(fresh).write(to: url) }
            let committed = try? Data(contentsOf: url)
            XCTAssertEqual(committed.map { [UInt8]($0) }, fresh,
                           "\(url.lastPathComponent) drifted; run WRITE_SAMPLEDATA=1 swift test --filter WorkbookTemplateTests")
        }
    }

    func testRecommendationFormIsLaidOutAsTheNotice() throws {
        let dir = try TemporaryDirectory("workbook-template")
        let path = dir.path("推荐表.xlsx")
        try Data(WorkbookTemplates.xlsx(for: .recommendations)).write(to: URL(fileURLWithPath: path))
        let dump = try WorkbookFixtures.openpyxlDump(path)
        let sheets = try XCTUnwrap(dump["sheets"] as? [[String: Any]])
        let cells = try WorkbookFixtures.cells(dump, sheet: 0)
        XCTAssertEqual(cells["A2"]?.1 as? String, "“正能量职工网络达人征集”推荐表")
        XCTAssertEqual(cells["A3"]?.1 as? String, "推荐单位（盖章）：")
        XCTAssertEqual((0..<7).map { cells[CellReference(column: $0, row: 4).description]?.1 as? String },
                       ["序号", "达人姓名", "单位", "参赛平台", "账号昵称", "手机号", "备注"])
        XCTAssertEqual((5...14).map { cells["A\($0)"]?.1 as? Int }, Array(1...10))
        XCTAssertEqual(cells["A16"]?.1 as? String, "填表人姓名：")
        XCTAssertEqual(cells["A17"]?.1 as? String, "职务：")
        XCTAssertEqual(cells["A18"]?.1 as? String, "联系方式：")
        XCTAssertTrue((cells["A19"]?.1 as? String)?.hasPrefix("注：") == true)
        XCTAssertTrue((sheets[0]["merged"] as? [String])?.contains("A2:G2") == true)
        XCTAssertEqual(sheets[0]["freeze"] as? String, "A5")
    }

    func testAFilledInTemplateImports() throws {
        let dir = try TemporaryDirectory("workbook-template")
        let template = templates.appendingPathComponent("recommendations.xlsx").path
        let filled = dir.path("汉中.xlsx")
        try WorkbookFixtures.python("fill_template.py", [template, filled])
        let store = try WorkbookFixtures.store(in: dir)
        let report = try store.importFile(kind: .recommendations, data: try Data(contentsOf: URL(fileURLWithPath: filled)),
                                          actor: "system")
        XCTAssertEqual(report.rowCount, 3)
        let list = try store.recommendations.list(unit: "汉中市总工会")
        XCTAssertEqual(list.map(\.recommendation.name), ["刘洋", "陈静", "周强"])
        XCTAssertEqual(list.map(\.recommendation.phone), ["15029876543", "15029876544", "15029876545"])
        XCTAssertEqual(list.map(\.recommendation.sequence), [1, 2, 3])
    }

    func testTheOtherTemplatesImportTheirExampleRow() throws {
        for kind in [ImportKind.registrations, .votes, .users] {
            XCTAssertEqual(try WorkbookImport.parse(kind: kind, data: Data(WorkbookTemplates.xlsx(for: kind))).count, 1, "\(kind)")
        }
    }
}
