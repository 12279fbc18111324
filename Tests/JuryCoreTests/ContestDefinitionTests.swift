import Foundation
import XCTest
@testable import JuryCore

final class ContestDefinitionTests: XCTestCase {
    func testSampleContestDecodesWithTheNoticeRules() throws {
        let d = try ContestFixtures.contest()
        XCTAssertEqual(d.defaultLanguage, .zhHans)
        XCTAssertEqual(d.timeZone, "Asia/Shanghai")
        XCTAssertEqual(d.phases.map(\.id), ["promotion", "collection", "selection", "showcase"])
        XCTAssertEqual(d.deadline("recommendationLists")?.date, CalendarDay(year: 2023, month: 8, day: 31))
        XCTAssertEqual(d.deadline("unitSummaries")?.date, CalendarDay(year: 2023, month: 9, day: 10))
        XCTAssertEqual(d.rubric.maxTotal, Tenths(1000))
        XCTAssertEqual(d.rubric.dimensions.map(\.maxTotal), [Tenths(400), Tenths(450), Tenths(150)])
        XCTAssertEqual(d.rubric.criterion("workVisual")?.step, Tenths(5))
        XCTAssertEqual(d.awards.total, 50)
        XCTAssertEqual(d.awards.categories.map(\.count), [10, 10, 15, 15])
        XCTAssertFalse(d.awards.allowsMultipleAwardsPerPerson)
        XCTAssertEqual(d.voting.weight, 0.2)
        XCTAssertEqual(d.check("followers")?.rule, .followers(minimum: 10_000, basis: .total))
        XCTAssertEqual(d.check("followers")?.waiverNeedsReason, true)
        XCTAssertEqual(d.check("videoDuration")?.rule, .videoDuration(maximumSeconds: 180))
        XCTAssertEqual(d.check("hashtag")?.rule, .hashtagPosted(hashtag: "#追光正能量 逐梦新达人#"))
        XCTAssertEqual(d.check("originality")?.kind, .manual)
    }

    func testPhotoContestDecodesWithoutCodeChanges() throws {
        let d = try ContestDefinition.load(from: ContestFixtures.photoURL)
        XCTAssertEqual(d.rubric.criteria.map(\.id), ["theme", "artistry", "technique", "originality"])
        XCTAssertEqual(d.rubric.maxTotal, Tenths(1000))
        XCTAssertEqual(d.voting.normalization, .rank)
        XCTAssertEqual(d.voting.aggregation, .median)
        XCTAssertEqual(d.awards.categories.reduce(0) { $0 + $1.count }, d.awards.total)
    }

    func testEncodingRoundTrips() throws {
        let d = try ContestFixtures.contest()
        let again = try ContestDefinition.decode(JSONEncoder().encode(d))
        XCTAssertEqual(again, d)
    }

    func testPhaseLookupByDay() throws {
        let d = try ContestFixtures.contest()
        XCTAssertEqual(d.phase(on: CalendarDay(year: 2023, month: 7, day: 1))?.id, "promotion")
        XCTAssertEqual(d.phase(on: CalendarDay(year: 2023, month: 8, day: 31))?.id, "collection")
        XCTAssertEqual(d.phase(on: CalendarDay(year: 2023, month: 9, day: 1))?.id, "selection")
        XCTAssertEqual(d.step(on: CalendarDay(year: 2023, month: 9, day: 1))?.id, "roundOneReview")
        XCTAssertEqual(d.step(on: CalendarDay(year: 2023, month: 9, day: 20))?.id, "publicVoting")
        XCTAssertEqual(d.phase(on: CalendarDay(year: 2023, month: 10, day: 31))?.id, "showcase")
        XCTAssertNil(d.phase(on: CalendarDay(year: 2023, month: 6, day: 30)))
        XCTAssertNil(d.phase(on: CalendarDay(year: 2023, month: 11, day: 1)))
    }

    func testPhaseLookupUsesTheContestTimeZone() throws {
        let d = try ContestFixtures.contest()
        // 2023-08-31T16:30Z is already 2023-09-01 00:30 in Shanghai.
        let instant = try XCTUnwrap(ISO8601DateFormatter().date(from: "2023-08-31T16:30:00Z"))
        XCTAssertEqual(d.phase(at: instant)?.id, "selection")
        let before = try XCTUnwrap(ISO8601DateFormatter().date(from: "2023-08-31T15:59:00Z"))
        XCTAssertEqual(d.phase(at: before)?.id, "collection")
    }

    // MARK: Malformed definitions

    private func assertRejected(_ data: Data, path: String, file: StaticString = #filePath, line: UInt = #line,
                                _ match: (ContestDefinitionError) -> Bool) {
        do {
            _ = try ContestDefinition.decode(data)
            XCTFail("expected an error at \(path)", file: file, line: line)
        } catch {
            XCTAssertEqual(error.path, path, "\(error)", file: file, line: line)
            XCTAssertTrue(match(error), "unexpected case \(error)", file: file, line: line)
            XCTAssertTrue(error.message(language: .zhHans).contains(path), file: file, line: line)
            XCTAssertTrue(error.message(language: .en).contains(path), file: file, line: line)
        }
    }

    func testUnknownKeyIsNamedWithItsFullPath() throws {
        let data = try ContestFixtures.variant(#""max": 15, "step": 0.5 },"# + "\n" + #"          { "id": "workReach""#,
                                               #""max": 15, "stepp": 0.5, "step": 0.5 },"# + "\n" + #"          { "id": "workReach""#)
        assertRejected(data, path: "rubric.dimensions[1].criteria[1].stepp") {
            if case .unknownKey = $0 { true } else { false }
        }
    }

    func testUnknownTopLevelKeyAndUnknownRuleKey() throws {
        assertRejected(try ContestFixtures.variant(#""timeZone": "Asia/Shanghai","#, #""timeZone": "Asia/Shanghai", "timezone": "UTC","#),
                       path: "timezone") { if case .unknownKey = $0 { true } else { false } }
        assertRejected(try ContestFixtures.variant(#""measure": "videoDurationSeconds", "maximum": 180"#,
                                                   #""measure": "videoDurationSeconds", "minimum": 180"#),
                       path: "roundTwo.checks[1].rule.minimum") { if case .unknownKey = $0 { true } else { false } }
    }

    func testMissingFieldIsNamed() throws {
        let data = try ContestFixtures.variant(#""id": "bonusContent", "label""#, #""label""#)
        assertRejected(data, path: "rubric.dimensions[2].criteria[2].id") {
            if case .missingField = $0 { true } else { false }
        }
    }

    func testAutomaticCheckWithoutRuleIsMissingField() throws {
        let data = try ContestFixtures.variant(#""kind": "automatic", "rule": { "measure": "pastWork" },"#, #""kind": "automatic","#)
        assertRejected(data, path: "roundTwo.checks[0].rule") { if case .missingField = $0 { true } else { false } }
    }

    func testAwardCountsMustAddUp() throws {
        let data = try ContestFixtures.variant(#""count": 15, "ranking": ["combined"]"#, #""count": 14, "ranking": ["combined"]"#)
        assertRejected(data, path: "awards.total") {
            $0 == .awardCountsDoNotAddUp(path: "awards.total", stated: 50, sum: 49)
        }
    }

    func testCriterionWithoutMaximum() throws {
        let data = try ContestFixtures.variant(#""en": "Reach" }, "max": 15, "step": 0.5"#, #""en": "Reach" }, "step": 0.5"#)
        assertRejected(data, path: "rubric.dimensions[1].criteria[2].max") {
            if case .criterionWithoutMaximum = $0 { true } else { false }
        }
    }

    func testStepThatDoesNotDivideTheMaximum() throws {
        let data = try ContestFixtures.variant(#""en": "Reach" }, "max": 15, "step": 0.5"#, #""en": "Reach" }, "max": 15, "step": 0.4"#)
        assertRejected(data, path: "rubric.dimensions[1].criteria[2].step") {
            $0 == .stepDoesNotDivideMaximum(path: "rubric.dimensions[1].criteria[2].step", step: Tenths(4), maximum: Tenths(150))
        }
    }

    func testStepFinerThanATenthIsRejected() throws {
        let data = try ContestFixtures.variant(#""en": "Reach" }, "max": 15, "step": 0.5"#, #""en": "Reach" }, "max": 15, "step": 0.05"#)
        assertRejected(data, path: "rubric.dimensions[1].criteria[2].step") {
            if case .notInTenths = $0 { true } else { false }
        }
    }

    func testDuplicateCriterionIdAcrossDimensions() throws {
        let data = try ContestFixtures.variant(#""id": "bonusContent""#, #""id": "workContent""#)
        assertRejected(data, path: "rubric.dimensions[2].criteria[2].id") {
            $0 == .duplicateId(path: "rubric.dimensions[2].criteria[2].id", id: "workContent",
                               firstPath: "rubric.dimensions[1].criteria[1].id")
        }
    }

    func testDuplicateCheckIdAcrossRounds() throws {
        let data = try ContestFixtures.variant(#""id": "originality""#, #""id": "followers""#)
        assertRejected(data, path: "roundTwo.checks[5].id") { if case .duplicateId = $0 { true } else { false } }
    }

    func testWeightOutsideZeroToOne() throws {
        let data = try ContestFixtures.variant(#""weight": 0.2"#, #""weight": 1.2"#)
        assertRejected(data, path: "voting.weight") { if case .weightOutOfRange = $0 { true } else { false } }
    }

    func testUnknownEnumValueListsTheAllowedOnes() throws {
        let data = try ContestFixtures.variant(#""normalization": "logarithmic""#, #""normalization": "log""#)
        assertRejected(data, path: "voting.normalization") {
            $0 == .invalidValue(path: "voting.normalization", value: "log", allowed: ["linear", "logarithmic", "rank"])
        }
    }

    func testRankingByAnUnknownCriterion() throws {
        let data = try ContestFixtures.variant(#""criterion:bonusInnovation""#, #""criterion:innovation""#)
        assertRejected(data, path: "awards.categories[2].ranking[0]") { if case .unknownReference = $0 { true } else { false } }
    }

    func testImpossibleDateAndPhasesOutOfOrder() throws {
        assertRejected(try ContestFixtures.variant(#""date": "2023-09-10""#, #""date": "2023-09-31""#),
                       path: "deadlines[1].date") { if case .invalidDate = $0 { true } else { false } }
        assertRejected(try ContestFixtures.variant(#""start": "2023-10-01""#, #""start": "2023-09-30""#),
                       path: "phases[3].start") { if case .datesOutOfOrder = $0 { true } else { false } }
    }

    func testWrongTypeAndBadSyntax() throws {
        assertRejected(try ContestFixtures.variant(#""total": 50"#, #""total": "50""#), path: "awards.total") {
            if case .wrongType = $0 { true } else { false }
        }
        XCTAssertThrowsError(try ContestDefinition.decode(Data("{".utf8))) { error in
            guard case .malformedJSON = error as? ContestDefinitionError else { return XCTFail("\(error)") }
        }
    }

    func testMissingFileIsReported() {
        XCTAssertThrowsError(try ContestDefinition.load(from: URL(fileURLWithPath: "/nonexistent/contest.json"))) { error in
            guard case .unreadableFile = error as? ContestDefinitionError else { return XCTFail("\(error)") }
        }
    }

    func testTenthsConversionIsExact() {
        XCTAssertEqual(Tenths(exactly: Decimal(string: "0.5") ?? 0), Tenths(5))
        XCTAssertEqual(Tenths(exactly: Decimal(string: "0.3") ?? 0), Tenths(3))
        XCTAssertEqual(Tenths(exactly: 15), Tenths(150))
        XCTAssertNil(Tenths(exactly: Decimal(string: "0.25") ?? 0))
        XCTAssertEqual(Tenths(45).description, "4.5")
        XCTAssertEqual(Tenths(100).description, "10")
    }
}
