import Foundation
@testable import JuryCore
@testable import JuryWorkbook
import XCTest

/// The pieces: number formats, cell addresses, the zip round trip, Excel's escapes, shared strings.
final class WorkbookCodecTests: XCTestCase {
    func testSerialDatesInBothDateSystems() {
        let d = CellFormat.Kind.date(time: false, seconds: false, day: true)
        XCTAssertEqual(CellFormat.display("44260", kind: d, date1904: false), "2021-03-05")
        XCTAssertEqual(CellFormat.display("1", kind: d, date1904: false), "1900-01-01")
        XCTAssertEqual(CellFormat.display("61", kind: d, date1904: false), "1900-03-01")
        XCTAssertEqual(CellFormat.display("42798", kind: d, date1904: true), "2021-03-05")
        let t = CellFormat.Kind.date(time: true, seconds: false, day: true)
        XCTAssertEqual(CellFormat.display("45153.585416666669", kind: t, date1904: false), "2023-08-15 14:03")
        XCTAssertEqual(CellFormat.kind(id: 14, code: nil), d)
        XCTAssertEqual(CellFormat.kind(id: 31, code: nil), d, "年月日, the Chinese built-in format")
        XCTAssertEqual(CellFormat.kind(id: 164, code: #"yyyy"年"m"月""#), d)
        XCTAssertEqual(CellFormat.kind(id: 165, code: #"[Red]0.00;"days"0"#), .general, "letters in quotes and brackets are not date parts")
        XCTAssertEqual(CellFormat.kind(id: 166, code: "0.0%"), .percent)
    }

    func testNumbersAsExcelShowsThem() {
        XCTAssertEqual(CellFormat.plain(1.0), "1")
        XCTAssertEqual(CellFormat.plain(13891234567), "13891234567")
        XCTAssertEqual(CellFormat.plain(0.1 + 0.2), "0.3")
        XCTAssertEqual(CellFormat.plain(-4.5), "-4.5")
        XCTAssertEqual(CellFormat.display("0.9", kind: .percent, date1904: false), "90%")
        XCTAssertEqual(CellFormat.display("1.3891234567E10", kind: .general, date1904: false), "13891234567")
    }

    func testCellReferences() {
        XCTAssertEqual(CellReference("F7"), CellReference(column: 5, row: 7))
        XCTAssertEqual(CellReference("$AA$10"), CellReference(column: 26, row: 10))
        XCTAssertEqual(CellReference(column: 16_383, row: 1).description, "XFD1")
        XCTAssertNil(CellReference("XFE1"))
        XCTAssertNil(CellReference("A0"))
        XCTAssertNil(CellReference("7F"))
    }

    func testZipRoundTripStoredAndDeflated() throws {
        var writer = ZipWriter()
        let big = Array(String(repeating: "达人", count: 5_000).utf8)
        writer.add("a.txt", big)
        writer.add("dir/b.bin", [1, 2, 3])
        let zip = try ZipArchive(writer.bytes())
        XCTAssertEqual(try zip.read("a.txt"), big)
        XCTAssertEqual(try zip.read("/DIR/B.bin"), [1, 2, 3], "part names are case-insensitive")
        XCTAssertEqual(zip.entries["a.txt"]?.method, 8)
        XCTAssertEqual(zip.entries["dir/b.bin"]?.method, 0)
        XCTAssertThrowsError(try zip.read("missing"))
    }

    func testExcelEscapesRoundTrip() {
        let text = "a\u{1}b_x0041_c\td"
        let escaped = WorkbookWriter.escape(text)
        XCTAssertEqual(escaped, "a_x0001_b_x005F_x0041_c\td")
        XCTAssertEqual(ExcelEscape.decode(escaped), text)
    }

    /// Excel writes text as shared strings (openpyxl writes inline ones), with rich-text runs and
    /// phonetic guides; a hand-made workbook covers them.
    func testSharedStringsRichRunsAndPhoneticGuides() throws {
        let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array("<Types/>".utf8))
        zip.add("xl/workbook.xml", Array(#"<x:workbook xmlns:x="\#(main)" xmlns:r="\#(rel)"><x:sheets><x:sheet name="数据" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>"#.utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(#"<Relationships><Relationship Id="rId1" Type="\#(rel)/worksheet" Target="/xl/worksheets/../worksheets/s1.xml"/><Relationship Id="rId2" Type="\#(rel)/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#.utf8))
        zip.add("xl/sharedStrings.xml", Array(#"<sst xmlns="\#(main)"><si><t>姓名</t></si><si><r><t>李</t></r><r><rPr><b/></rPr><t>慧敏</t></r><rPh sb="0" eb="1"><t>リ</t></rPh></si></sst>"#.utf8))
        zip.add("xl/worksheets/s1.xml", Array(#"<x:worksheet xmlns:x="\#(main)"><x:sheetData><x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c></x:row><x:row><x:c t="s"><x:v>1</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>"#.utf8))
        let sheet = try WorkbookReader(zip.bytes()).sheet()
        XCTAssertEqual(sheet.name, "数据")
        XCTAssertEqual(sheet.rows.map(\.line), [2, 3])
        XCTAssertEqual(sheet["B2"], "姓名")
        XCTAssertEqual(sheet.rows[1].fields, ["李慧敏", "TRUE", "#N/A"], "cells without r follow on; phonetic guides left out")
    }

    func testHeaderSearchUnitLineAndFooter() {
        func rec(_ line: Int, _ f: [String]) -> CSVReader.Record { CSVReader.Record(line: line, fields: f) }
        XCTAssertEqual(WorksheetImport.unitLine(rec(3, ["推荐单位（盖章）：宝鸡市总工会"])), "宝鸡市总工会")
        XCTAssertEqual(WorksheetImport.unitLine(rec(3, ["推荐单位(盖章):", "", "汉中市总工会"])), "汉中市总工会")
        XCTAssertNil(WorksheetImport.unitLine(rec(3, ["推荐单位（盖章）："])))
        XCTAssertTrue(WorksheetImport.isFooterLabel("填表人姓名：赵敏"))
        XCTAssertTrue(WorksheetImport.isFooterLabel("注：1. 经组织推荐"))
        XCTAssertFalse(WorksheetImport.isFooterLabel("1"))
        XCTAssertFalse(WorksheetImport.isFooterLabel("注册于 2021: 抖音"), "a long label before the colon is data")
        let rows = [rec(5, ["1", "王"]), rec(8, ["填表人姓名："]), rec(9, ["注：见通知"]), rec(10, ["2", "李", "x"])]
        XCTAssertEqual(WorksheetImport.dataRows(rows[...]).map(\.line), [5, 10], "a full row below the footer is kept, to be reported")
    }
}
