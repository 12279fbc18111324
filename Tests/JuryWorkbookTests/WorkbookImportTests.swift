import Foundation
import JuryCore
import JuryStore
import JuryTestSupport
import JuryWorkbook
import XCTest

/// Reading workbooks as offices send them: made by openpyxl, imported through the same checks as CSV.
final class WorkbookImportTests: XCTestCase {
    var dir: TemporaryDirectory!

    override func setUpWithError() throws { dir = try TemporaryDirectory("workbook") }

    func data(_ path: String) throws -> Data { try Data(contentsOf: URL(fileURLWithPath: path)) }

    func testOfficeFormWithTitleMergedCellsNumbersFormulasAndFooter() throws {
        // Named .dat: a workbook is known by its content, not its extension.
        let path = dir.path("推荐表.dat")
        try WorkbookFixtures.python("make_office_form.py", [path])
        let records = try WorkbookImport.parse(kind: .recommendations, data: try data(path))
        guard case .recommendations(let list) = records else { return XCTFail("\(records)") }
        XCTAssertEqual(list.map(\.unit), Array(repeating: "宝鸡市总工会", count: 3), "the unit comes from the 推荐单位（盖章）： line")
        XCTAssertEqual(list.map(\.sequence), [1, 2, 3], "序号 stored as 1.0, and as formulas with cached values")
        XCTAssertEqual(list.map(\.phone), ["13891234567", "13891234568", "13891234569"], "phones stored as numbers")
        XCTAssertEqual(list[1].employer, "宝鸡市公交集团", "a vertically merged cell belongs to each row it spans")
        XCTAssertEqual(list[1].note, "优先")
        XCTAssertEqual(list.map(\.name), ["王建军", "李娟", "张伟"], "numbered empty rows and the footer are not data")
    }

    func testGivenUnitWinsOverTheUnitLine() throws {
        let path = dir.path("form.xlsx")
        try WorkbookFixtures.python("make_office_form.py", [path])
        let list = try XCTUnwrap({ () throws -> [Recommendation]? in
            guard case .recommendations(let l) = try WorkbookImport.parse(kind: .recommendations, data: try data(path),
                                                                           unit: "宝鸡市总工会机关") else { return nil }
            return l
        }())
        XCTAssertEqual(Set(list.map(\.unit)), ["宝鸡市总工会机关"])
    }

    func testErrorsNameTheSheetTheCellAndTheValue() throws {
        let path = dir.path("bad.xlsx")
        try WorkbookFixtures.python("make_office_form.py", [path, "bad"])
        XCTAssertThrowsError(try WorkbookImport.parse(kind: .recommendations, data: try data(path))) { error in
            guard let failure = error as? ImportFailure else { return XCTFail("\(error)") }
            XCTAssertEqual(failure.issues.count, 1, failure.description)
            let issue = failure.issues[0]
            XCTAssertEqual(issue.place, "推荐表!F7")
            XCTAssertEqual(issue.line, 7)
            XCTAssertEqual(issue.value, "1389123456")
            XCTAssertTrue(issue.chineseMessage.hasPrefix("推荐表!F7「手机号」："), issue.chineseMessage)
            XCTAssertTrue(issue.englishMessage.hasPrefix("推荐表!F7 (手机号): "), issue.englishMessage)
            XCTAssertTrue(issue.englishMessage.contains("1389123456"), issue.englishMessage)
        }
    }

    func testRegistrationsWithSerialDatesPercentagesAndANamedSheet() throws {
        let path = dir.path("报名.xlsx")
        try WorkbookFixtures.python("make_registrations.py", [path])
        let records = try WorkbookImport.parse(kind: .registrations, data: try data(path), sheet: "报名")
        guard case .registrations(let entrants) = records else { return XCTFail("\(records)") }
        XCTAssertEqual(entrants.map(\.phone), ["13812345678", "13912345678"])
        XCTAssertEqual(entrants.map(\.isUnionMember), [true, true], "是 and a boolean TRUE")
        XCTAssertEqual(entrants[1].accounts[0].nickname, "李娟的工地日记", "a string formula's cached value")
        XCTAssertEqual(entrants.map { $0.accounts[0].followers }, [12_000, 8_600])

        // The same sheet as text, to see the dates and percentages as the importer saw them.
        let sheet = try WorkbookReader([UInt8](try data(path))).sheet(named: "报名")
        XCTAssertEqual(sheet["I2"], "2021-03-05")
        XCTAssertEqual(sheet["I3"], "2022-05-01")
        XCTAssertEqual(sheet["J2"], "90%")
        XCTAssertEqual(sheet["J3"], "75%")
        XCTAssertEqual(sheet["K2"], "2023-08-15 14:03")
        XCTAssertEqual(sheet["K3"], "2023-08-16 09:30:15")
        XCTAssertEqual(sheet["C2"], "13812345678")
        XCTAssertEqual(try WorkbookReader([UInt8](try data(path))).sheetNames, ["说明", "报名"])
    }

    func testFirstSheetByDefaultAndAMissingSheetListsTheSheets() throws {
        let path = dir.path("报名.xlsx")
        try WorkbookFixtures.python("make_registrations.py", [path])
        XCTAssertThrowsError(try WorkbookImport.parse(kind: .registrations, data: try data(path))) { error in
            let issues = (error as? ImportFailure)?.issues ?? []
            XCTAssertTrue(issues.contains { $0.place == "说明!1:1" && $0.zh.contains("缺少必需的列") }, "\(issues)")
        }
        XCTAssertThrowsError(try WorkbookImport.parse(kind: .registrations, data: try data(path), sheet: "Sheet9")) { error in
            let message = (error as? ImportFailure)?.description ?? ""
            XCTAssertTrue(message.contains("Sheet9") && message.contains("说明、报名") && message.contains("--sheet"), message)
        }
    }

    func testCSVStillReadsAndRefusesASheetName() throws {
        let csv = Data("姓名,角色\n李慧敏,评委\n".utf8)
        guard case .users(let users) = try WorkbookImport.parse(kind: .users, data: csv) else { return XCTFail() }
        XCTAssertEqual(users.map(\.name), ["李慧敏"])
        XCTAssertThrowsError(try WorkbookImport.parse(kind: .users, data: csv, sheet: "Sheet1")) { error in
            XCTAssertTrue("\(error)".contains("--sheet"), "\(error)")
        }
    }

    func testStoreImportsAWorkbookAllOrNothing() throws {
        let store = try WorkbookFixtures.store(in: dir)
        let good = dir.path("good.xlsx"), bad = dir.path("bad.xlsx")
        try WorkbookFixtures.python("make_office_form.py", [good])
        try WorkbookFixtures.python("make_office_form.py", [bad, "bad"])
        XCTAssertThrowsError(try store.importFile(kind: .recommendations, data: try data(bad), actor: "system"))
        XCTAssertEqual(try store.recommendations.units().count, 0, "nothing written from a file with a bad cell")
        let report = try store.importFile(kind: .recommendations, data: try data(good), actor: "system")
        XCTAssertEqual(report.rowCount, 3)
        XCTAssertEqual(try store.recommendations.units().map(\.unit), ["宝鸡市总工会"])
    }
}
