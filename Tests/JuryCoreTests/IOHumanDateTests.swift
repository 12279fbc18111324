import XCTest
@testable import JuryCore

final class IOHumanDateTests: XCTestCase {
    func testDatesAsPeopleWriteThem() throws {
        let cases: [(String, CalendarDay)] = [
            ("2021年3月", CalendarDay(year: 2021, month: 3)),
            ("2021年3月5日", CalendarDay(year: 2021, month: 3, day: 5)),
            ("2021/3/5", CalendarDay(year: 2021, month: 3, day: 5)),
            ("2021-03-05", CalendarDay(year: 2021, month: 3, day: 5)),
            ("2021.3", CalendarDay(year: 2021, month: 3)),
            ("2021-03", CalendarDay(year: 2021, month: 3)),
            ("202103", CalendarDay(year: 2021, month: 3)),
            ("20210305", CalendarDay(year: 2021, month: 3, day: 5)),
            ("２０２１年３月", CalendarDay(year: 2021, month: 3)),
            ("2020-02-29", CalendarDay(year: 2020, month: 2, day: 29)),
        ]
        for (text, day) in cases { XCTAssertEqual(try HumanDate.parse(text), day, text) }
    }

    func testBadDatesAreRejected() {
        for bad in ["", "2021", "2021-13", "2021-02-30", "2019-02-29", "21/3/5", "March 2021", "2021--03", "1850-01"] {
            XCTAssertThrowsError(try HumanDate.parse(bad), bad)
        }
    }

    func testTimestampsInShanghaiAndBackToUTC() throws {
        let cases: [(String, String)] = [
            ("2023-08-15 14:03", "2023-08-15T06:03:00Z"),
            ("2023/8/15 14:03:22", "2023-08-15T06:03:22Z"),
            ("2023-08-15T14:03:22+08:00", "2023-08-15T06:03:22Z"),
            ("2023-08-15T06:03:22Z", "2023-08-15T06:03:22Z"),
            ("2023-08-15T06:03:22.500Z", "2023-08-15T06:03:22Z"),
            ("2023-08-15T01:03:22-0500", "2023-08-15T06:03:22Z"),
            ("2023年8月15日 9:05", "2023-08-15T01:05:00Z"),
            ("2023-08-15", "2023-08-14T16:00:00Z"),
        ]
        for (text, iso) in cases {
            XCTAssertEqual(HumanTimestamp.isoUTC(try HumanTimestamp.parse(text)), iso, text)
        }
        let utc = try XCTUnwrap(TimeZone(identifier: "UTC"))
        XCTAssertEqual(HumanTimestamp.isoUTC(try HumanTimestamp.parse("2023-08-15 14:03", timeZone: utc)),
                       "2023-08-15T14:03:00Z")
        XCTAssertEqual(HumanTimestamp.display(try HumanTimestamp.parse("2023-08-15T06:03:00Z")), "2023-08-15 14:03:00")
    }

    func testBadTimestampsAreRejected() {
        for bad in ["", "2023-08-15 25:00", "2023-08-15 14:3", "2023-08 14:03", "yesterday", "2023-08-15 14:03:61"] {
            XCTAssertThrowsError(try HumanTimestamp.parse(bad), bad)
        }
    }
}
