import XCTest
@testable import JuryCore

/// Contest definition syntax the decoder would accept quietly or describe badly.
final class ContestStrictJSONTests: XCTestCase {
    func refusal(_ data: Data) -> ContestDefinitionError? {
        do {
            _ = try ContestDefinition.decode(data)
            return nil
        } catch {
            return error
        }
    }

    func testDuplicateKeyIsRefusedWithItsPath() throws {
        let data = try ContestFixtures.variant(#""timeZone": "Asia/Shanghai","#, #""timeZone": "Asia/Shanghai", "timeZone": "UTC","#)
        XCTAssertEqual(refusal(data), .duplicateKey(path: "timeZone"))
        XCTAssertEqual(refusal(Data(#"{"a": {"b": 1, "\u0062": 2}}"#.utf8)), .duplicateKey(path: "a.b"), "escapes are decoded")
    }

    func testTrailingCommasAreRefusedWithThePathBeforeThem() {
        XCTAssertEqual(refusal(Data(#"{"id": "x", "title": {"zh": "a", "en": "b",}}"#.utf8)), .trailingComma(path: "title.en"))
        XCTAssertEqual(refusal(Data(#"{"phases": [1, 2,]}"#.utf8)), .trailingComma(path: "phases[1]"))
        let message = ContestDefinitionError.trailingComma(path: "phases[1]").message(language: .en)
        XCTAssertTrue(message.contains("phases[1]") && message.contains("remove"), message)
    }

    func testEmptyLabelIsRefusedWithItsPath() throws {
        let text = try ContestFixtures.contestText()
        // The first label in the file is the contest title's Chinese text.
        guard let range = text.range(of: #""zh": ""#) else { return XCTFail("no zh label in the sample") }
        let end = try XCTUnwrap(text[range.upperBound...].firstIndex(of: "\""))
        let blanked = text.replacingCharacters(in: range.upperBound..<end, with: "  ")
        let error = try XCTUnwrap(refusal(Data(blanked.utf8)))
        guard case .emptyText(let path) = error else { return XCTFail("\(error)") }
        XCTAssertTrue(path.hasSuffix(".zh"), path)
    }

    func testHugeNumberIsOutOfRangeNotInvalidJSON() throws {
        let data = try ContestFixtures.variant(#""total": 50"#, #""total": 1e+308"#)
        let error = try XCTUnwrap(refusal(data))
        XCTAssertEqual(error, .outOfRange(path: "awards.total", value: "1e+308", range: "-10^15 < n < 10^15"))
        XCTAssertTrue(error.message(language: .en).contains("outside the allowed range"), error.message(language: .en))
    }

    func testCriterionMaximumTheStoreCannotHoldIsRefused() throws {
        let contest = try ContestFixtures.contest()
        let first = try XCTUnwrap(contest.rubric.dimensions.first?.criteria.first)
        var bigger = contest
        bigger.rubric.dimensions[0].criteria[0].max = Tenths.points(101)
        XCTAssertThrowsError(try bigger.validate()) { error in
            XCTAssertEqual(error as? ContestDefinitionError,
                           .outOfRange(path: "rubric.dimensions[0].criteria[0].max", value: "101", range: "0 < max ≤ 100"))
        }
        var atLimit = contest
        atLimit.rubric.dimensions[0].criteria[0].max = Tenths.points(100)
        atLimit.rubric.dimensions[0].criteria[0].step = first.step
        XCTAssertNoThrow(try atLimit.validate())
    }
}
