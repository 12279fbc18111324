import Foundation
import JuryCore
import JuryTestSupport
@testable import JuryWorkbook
import XCTest

/// What a hostile or wrong file gets: a refusal that says what and what to do, before memory goes.
final class WorkbookSafetyTests: XCTestCase {
    var dir: TemporaryDirectory!

    override func setUpWithError() throws { dir = try TemporaryDirectory("workbook-safety") }

    func hostile(_ kind: String) throws -> [UInt8] {
        let path = dir.path("\(kind).xlsx")
        try WorkbookFixtures.python("make_hostile.py", [kind, path])
        return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    }

    func refusal(_ bytes: [UInt8], limits: WorkbookLimits = .standard) -> WorkbookError? {
        do {
            _ = try WorkbookReader(bytes, limits: limits).sheet()
            return nil
        } catch {
            return error
        }
    }

    func testZipBombIsRefusedByItsRatio() throws {
        let error = refusal(try hostile("bomb"))
        guard case .ratioTooHigh(let part, let ratio, 100) = error else { return XCTFail("\(String(describing: error))") }
        XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
        XCTAssertGreaterThan(ratio, 100)
        XCTAssertTrue(error?.zh.contains("压缩炸弹") == true && error?.en.contains("zip bomb") == true)
    }

    func testAPartPastTheSizeLimitIsRefusedBeforeInflating() throws {
        let limits = WorkbookLimits(maxPartBytes: 1 << 20, maxRatio: 1_000_000)
        guard case .partTooLarge(_, let bytes, 1_048_576) = refusal(try hostile("bomb"), limits: limits) else {
            return XCTFail()
        }
        XCTAssertGreaterThan(bytes, 20 << 20)
    }

    func testAnEntryThatUnpacksPastItsDeclaredSizeIsRefused() throws {
        guard case .corrupt(let part, let detail) = refusal(try hostile("liar")) else { return XCTFail() }
        XCTAssertEqual(part, "xl/worksheets/sheet1.xml")
        XCTAssertTrue(detail.contains("declared 100 bytes"), detail)
    }

    func testBillionLaughsIsRefusedForItsDoctype() throws {
        XCTAssertEqual(refusal(try hostile("laughs")), .declaration(part: "xl/worksheets/sheet1.xml"))
    }

    func testThousandsOfSheetsAreRefused() throws {
        XCTAssertEqual(refusal(try hostile("sheets")), .tooManySheets(count: 301, limit: 256))
    }

    func testOldXlsIsRefusedSayingToSaveAsXlsxOrCSV() throws {
        var bytes: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]
        bytes += [UInt8](repeating: 0, count: 504)
        XCTAssertThrowsError(try WorkbookImport.parse(kind: .users, data: Data(bytes))) { error in
            let issue = (error as? ImportFailure)?.issues.first
            XCTAssertTrue(issue?.zh.contains(".xlsx") == true && issue?.zh.contains("CSV UTF-8") == true, "\(error)")
            XCTAssertTrue(issue?.en.contains("Save As") == true, "\(error)")
        }
    }

    func testATruncatedWorkbookIsCorruptNotACrash() throws {
        let whole = try hostile("sheets")
        for length in [4, 30, whole.count / 2, whole.count - 10] {
            XCTAssertNotNil(refusal(Array(whole.prefix(length))), "cut at \(length)")
        }
    }

    func testDeclarationScanAllowsCommentsAndCDATA() throws {
        XCTAssertNoThrow(try XMLEvents.refuseDeclarations(Array("<a><!-- x --><![CDATA[y]]></a>".utf8), part: "p"))
        XCTAssertThrowsError(try XMLEvents.refuseDeclarations(Array("<!DOCTYPE a><a/>".utf8), part: "p"))
        XCTAssertThrowsError(try XMLEvents.refuseDeclarations(Array("<a><!ENTITY x 'y'></a>".utf8), part: "p"))
    }
}
