import XCTest
@testable import JuryCore

final class IOCSVTests: XCTestCase {
    private func read(_ text: String) throws -> [CSVReader.Record] { try CSVReader().read(text) }

    func testLineEndingsAndLineNumbers() throws {
        let r = try read("a,b\r\nc,d\ne,f\rg,h")
        XCTAssertEqual(r.map(\.fields), [["a", "b"], ["c", "d"], ["e", "f"], ["g", "h"]])
        XCTAssertEqual(r.map(\.line), [1, 2, 3, 4])
    }

    func testQuotedFieldsWithCommasQuotesAndNewlines() throws {
        let text = "id,note\r\n1,\"a, b\"\r\n2,\"he said \"\"hi\"\"\"\r\n3,\"two\r\nlines\"\r\n4,x\r\n"
        let r = try read(text)
        XCTAssertEqual(r.map(\.fields), [["id", "note"], ["1", "a, b"], ["2", "he said \"hi\""],
                                         ["3", "two\r\nlines"], ["4", "x"]])
        XCTAssertEqual(r.map(\.line), [1, 2, 3, 4, 6], "a record after an embedded newline starts one line later")
    }

    func testBOMEmptyFieldsAndTrailingLines() throws {
        let r = try read("\u{FEFF}姓名,城市\n张三,\n\n,\n\n")
        XCTAssertEqual(r.map(\.fields), [["姓名", "城市"], ["张三", ""], ["", ""]])
        XCTAssertEqual(r.map(\.line), [1, 2, 4])
        XCTAssertTrue(r[2].isBlank)
        XCTAssertEqual(try read(""), [])
        XCTAssertEqual(try read("\"\"").map(\.fields), [[""]])
    }

    func testUnterminatedQuoteNamesTheLine() {
        XCTAssertThrowsError(try read("a,b\n1,2\n3,\"oops\n4,5\n")) { error in
            XCTAssertEqual((error as? CSVReader.UnterminatedQuote)?.line, 3)
            XCTAssertTrue((error as? CSVReader.UnterminatedQuote)?.zh.contains("第 3 行") ?? false)
        }
    }

    func testStrayQuotesAreKeptLikeExcel() throws {
        XCTAssertEqual(try read("ab\"c,\"d\"e").map(\.fields), [["ab\"c", "de"]])
    }

    func testWriterQuotesWhenNeededAndRoundTrips() throws {
        let rows = [["报名编号", "备注"], ["1", "a, b"], ["2", "say \"hi\""], ["3", "two\nlines"], ["4", " pad"]]
        let writer = CSVWriter()
        let text = writer.write(rows)
        XCTAssertTrue(text.hasPrefix("\u{FEFF}报名编号,备注\r\n1,\"a, b\"\r\n"))
        XCTAssertTrue(text.hasSuffix("\r\n"))
        XCTAssertEqual(try read(text).map(\.fields), rows)
        XCTAssertFalse(CSVWriter(byteOrderMark: false).write([["x"]]).hasPrefix("\u{FEFF}"))
    }

    func testTextDecodingUTF8WithAndWithoutBOM() throws {
        XCTAssertEqual(try TextDecoding.decode(Data("姓名".utf8)), "姓名")
        XCTAssertEqual(try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF] + Array("姓名".utf8))), "姓名")
        XCTAssertEqual(try TextDecoding.decode(Data()), "")
    }

    func testTextDecodingGB18030() throws {
        // "姓名,城市\r\n张三,西安" as Chinese Excel writes it (GB18030 / GBK).
        let bytes: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB3, 0xC7, 0xCA, 0xD0, 0x0D, 0x0A,
                              0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0xCE, 0xF7, 0xB0, 0xB2]
        XCTAssertEqual(try TextDecoding.decode(Data(bytes)), "姓名,城市\r\n张三,西安")
    }

    func testUndecodableBytesNameTheOffsetAndTheFix() {
        XCTAssertThrowsError(try TextDecoding.decode(Data([0x61, 0x62, 0xFF, 0xFF, 0x63]))) { error in
            XCTAssertEqual(error as? TextDecoding.Failure, .undecodable(byteOffset: 2))
            XCTAssertTrue((error as? TextDecoding.Failure)?.zh.contains("CSV UTF-8") ?? false)
        }
        XCTAssertThrowsError(try TextDecoding.decode(Data([0x50, 0x4B, 0x03, 0x04, 0x00]))) { error in
            XCTAssertEqual(error as? TextDecoding.Failure, .spreadsheetNotCSV)
        }
    }
}
