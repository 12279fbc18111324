import XCTest
@testable import JuryCore

/// Imports refuse what is not text, keep free text as written, and catch repeated 序号 with lines.
final class ImportHardeningTests: XCTestCase {
    let usersHeader = "姓名,角色,单位,城市\n"

    func failure(_ kind: ImportKind, _ text: String, unit: String? = nil) -> ImportFailure? {
        do {
            _ = try ImportFile.parse(kind: kind, data: Data(text.utf8), unit: unit)
            return nil
        } catch {
            return error
        }
    }

    func testNulByteIsRefusedWithLineAndColumn() throws {
        let f = try XCTUnwrap(failure(.users, usersHeader + "张三,评委,西安,西安\n李\u{0}四,评委,单位,西安\n"))
        XCTAssertEqual(f.issues.count, 1)
        XCTAssertEqual(f.issues[0].line, 3)
        XCTAssertEqual(f.issues[0].column, "姓名")
        XCTAssertTrue(f.issues[0].en.contains("NUL"), f.issues[0].en)
        XCTAssertTrue(f.issues[0].chineseMessage.hasPrefix("第 3 行「姓名」"), f.issues[0].chineseMessage)
    }

    func testOverLongCellsAreRefusedPerColumnKind() throws {
        let longName = String(repeating: "长", count: ImportColumn.ValueKind.text.maxLength + 1)
        let f = try XCTUnwrap(failure(.users, usersHeader + "\(longName),评委,,\n"))
        XCTAssertEqual(f.issues.map(\.line), [2])
        XCTAssertEqual(f.issues.first?.column, "姓名")
        XCTAssertTrue(f.issues.first?.en.contains("at most 200") == true, f.issues.first?.en ?? "")
        // A name at the limit passes; a long URL passes where a name would not.
        XCTAssertNil(failure(.users, usersHeader + String(repeating: "长", count: 200) + ",评委,,\n"))
        XCTAssertGreaterThan(ImportColumn.ValueKind.url.maxLength, ImportColumn.ValueKind.text.maxLength)
        // A choice column has a small limit.
        let role = try XCTUnwrap(failure(.users, usersHeader + "王五," + String(repeating: "x", count: 65) + ",,\n"))
        XCTAssertTrue(role.issues.contains { $0.column == "角色" && $0.en.contains("too long") }, "\(role)")
    }

    func testFreeTextKeepsLeadingTabsWhileIdsAreTrimmed() throws {
        let csv = "序号,达人姓名,单位,参赛平台,账号昵称,手机号,备注,推荐单位\n 1 ,\"\t=1+2\", 西安公交,抖音,\" 王师傅\", 13812345678 ,\"  备注\",西安市总工会\n"
        let list = try ImportFile.recommendations(Data(csv.utf8))
        XCTAssertEqual(list.count, 1)
        XCTAssertEqual(list[0].sequence, 1)
        XCTAssertEqual(list[0].name, "\t=1+2")
        XCTAssertEqual(list[0].employer, " 西安公交")
        XCTAssertEqual(list[0].nickname, " 王师傅")
        XCTAssertEqual(list[0].note, "  备注")
        XCTAssertEqual(list[0].phone, "13812345678")
    }

    func testDuplicateSequenceIsAnIssueWithBothLines() throws {
        let csv = """
            序号,达人姓名,单位,参赛平台,账号昵称,手机号,推荐单位
            1,甲,单位,抖音,甲号,13812345678,A单位
            1,乙,单位,抖音,乙号,13812345679,B单位
            2,丙,单位,抖音,丙号,13812345670,B单位
            2,丁,单位,抖音,丁号,13812345671,B单位

            """
        let f = try XCTUnwrap(failure(.recommendations, csv))
        XCTAssertEqual(f.issues.count, 1, "the same 序号 in two units is fine")
        XCTAssertEqual(f.issues[0].line, 5)
        XCTAssertTrue(f.issues[0].en.contains("lines 4 and 5"), f.issues[0].en)
    }
}
