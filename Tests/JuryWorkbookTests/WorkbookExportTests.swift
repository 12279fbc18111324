import Foundation
import JuryCore
import JuryStore
import JuryTestSupport
import JuryWorkbook
import XCTest

/// Every export as a workbook, read back by JuryDesk's reader and by openpyxl.
final class WorkbookExportTests: XCTestCase {
    var dir: TemporaryDirectory!
    var store: Store!

    override func setUpWithError() throws {
        dir = try TemporaryDirectory("workbook-export")
        store = try WorkbookFixtures.store(in: dir)
        let registrations = """
            报名编号,姓名,手机号,所在工会,工作单位,是否工会会员,平台1,昵称1,粉丝数1
            BM2023-0001,"=HYPERLINK(""http://x"",""王"")",13812345678,西安市总工会,西安市公共交通集团,是,抖音,"-公交王师傅",1.2万
            BM2023-0002,李娟,13912345678,宝鸡市总工会,宝鸡市公交集团,是,快手,"@李娟",8600

            """
        _ = try store.importFile(kind: .registrations, data: Data(registrations.utf8), actor: "system")
        let recommendations = """
            序号,达人姓名,单位,参赛平台,账号昵称,手机号,推荐单位
            1,李娟,宝鸡市公交集团,快手,@李娟,13912345678,宝鸡市总工会
            2,张伟,宝鸡石油机械,B站,老张,13912345679,宝鸡市总工会

            """
        _ = try store.importFile(kind: .recommendations, data: Data(recommendations.utf8), actor: "system")
    }

    func write(_ table: ExportTable, _ name: String) throws -> String {
        let bytes = table.workbookBytes(sheetName: name, aboutSheetName: "导出信息",
                                        about: [("导出内容", name), ("审计链头", "7 abc")], title: "JuryDesk \(name)",
                                        created: Date(timeIntervalSince1970: 1_700_000_000))
        let path = dir.path("\(name).xlsx")
        try ExportFile.write(bytes, to: path, access: .umask)
        return path
    }

    func testEveryExportReadsBackTheSameInBothReaders() throws {
        let tables: [(String, ExportTable)] = [
            ("entrants", try store.exportEntrants(language: .zh, phones: .unmasked)),
            ("recommendations", try store.exportRecommendations(language: .zh, phones: .masked)),
            ("summary", try store.exportSummary(language: .zh)),
        ]
        for (name, table) in tables {
            let path = try write(table, name)
            // JuryDesk's reader gives back exactly the table.
            let sheet = try WorkbookReader([UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))).sheet()
            XCTAssertEqual(sheet.name, name)
            let expected = ([table.header] + table.rows).map { row in
                Array(row.reversed().drop { $0.isEmpty }.reversed())
            }
            XCTAssertEqual(sheet.rows.map(\.fields), expected, name)
            XCTAssertEqual(sheet.rows.map(\.line), Array(1...(table.rows.count + 1)), name)

            // openpyxl: numeric columns are numbers, every other cell a string, never a formula.
            let dump = try WorkbookFixtures.openpyxlDump(path)
            XCTAssertEqual(dump["title"] as? String, "JuryDesk \(name)")
            let sheets = try XCTUnwrap(dump["sheets"] as? [[String: Any]])
            XCTAssertEqual(sheets.map { $0["name"] as? String }, [name, "导出信息"])
            XCTAssertEqual(sheets[0]["freeze"] as? String, "A2", "the header row is frozen")
            XCTAssertEqual(sheets[0]["boldA1"] as? Bool, true, "the header is bold")
            let cells = try WorkbookFixtures.cells(dump, sheet: 0)
            for (r, row) in ([table.header] + table.rows).enumerated() {
                for (c, value) in row.enumerated() where !value.isEmpty {
                    let ref = CellReference(column: c, row: r + 1).description
                    let (type, read) = try XCTUnwrap(cells[ref], "\(name) \(ref)")
                    if r > 0 && table.numericColumns.contains(c) && CSVWriter.isPlainNumber(value) {
                        XCTAssertEqual(type, "n", "\(name) \(ref)")
                        XCTAssertEqual((read as? NSNumber)?.stringValue, value, "\(name) \(ref)")
                    } else {
                        XCTAssertEqual(type, "s", "\(name) \(ref) \(value)")
                        XCTAssertEqual(read as? String, value, "\(name) \(ref)")
                    }
                }
            }
            let about = try WorkbookFixtures.cells(dump, sheet: 1)
            XCTAssertEqual(about["A2"]?.1 as? String, "审计链头")
            XCTAssertEqual(about["B2"]?.1 as? String, "7 abc")
        }
    }

    func testFormulaLookingTextAndPhonesStayText() throws {
        let path = try write(try store.exportEntrants(language: .zh, phones: .unmasked), "entrants")
        let cells = try WorkbookFixtures.cells(try WorkbookFixtures.openpyxlDump(path), sheet: 0)
        XCTAssertEqual(cells["B2"]?.0, "s")
        XCTAssertEqual(cells["B2"]?.1 as? String, #"=HYPERLINK("http://x","王")"#, "kept exactly, as a string, not a formula")
        XCTAssertEqual(cells["C2"]?.1 as? String, "13812345678", "a phone is text")
        XCTAssertEqual(cells["A2"]?.1 as? String, "BM2023-0001")
        XCTAssertEqual(cells["J2"]?.1 as? Int, 12_000, "粉丝总数 is a number")
    }

    func testColumnWidthsFollowTheChineseDisplayWidth() throws {
        let path = try write(try store.exportEntrants(language: .zh, phones: .masked), "entrants")
        let sheets = try XCTUnwrap(try WorkbookFixtures.openpyxlDump(path)["sheets"] as? [[String: Any]])
        let widths = try XCTUnwrap(sheets[0]["widths"] as? [String: Double])
        // 工作单位: 西安市公共交通集团 is 9 CJK characters = 18 columns, plus padding.
        XCTAssertEqual(widths["E"], 20.5)
        // 报名编号: BM2023-0001 is 11 columns; the header 报名编号 is 8.
        XCTAssertEqual(widths["A"], 13.5)
    }
}
