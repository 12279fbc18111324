import Foundation
@testable import JuryStore
import XCTest

/// Every write stamps its time with `UTCTime.format`, worked out by hand for years 1970–9999: it
/// must give exactly the text Foundation's ISO-8601 style gives, milliseconds cut off alike.
final class UTCTimeTests: XCTestCase {
    private let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    func testItAgreesWithFoundation() throws {
        var generator = SystemRandomNumberGenerator()
        var instants: [TimeInterval] = [0, 0.0005, 0.9999, 59.999, 86_399.999, 951_782_400, 4_107_542_399.999,
                                        253_402_300_799.999, 638_211_273.925, 1_796_342_400.1]
        for _ in 0..<20_000 { instants.append(Double.random(in: 0..<253_402_300_800, using: &generator)) }
        // Whole milliseconds, where binary fractions fall just under the written value.
        for _ in 0..<20_000 { instants.append(Double(Int.random(in: 0..<4_000_000_000_000, using: &generator)) / 1000) }
        for t in instants {
            let date = Date(timeIntervalSince1970: t)
            XCTAssertEqual(try XCTUnwrap(UTCTime.civil(date)), date.formatted(style), "\(t)")
        }
    }

    func testOutsideItsYearsFoundationFormats() {
        let before = Date(timeIntervalSince1970: -1.5)
        XCTAssertNil(UTCTime.civil(before))
        XCTAssertEqual(UTCTime.format(before), before.formatted(style))
        XCTAssertEqual(UTCTime.format(Date(timeIntervalSince1970: 1_796_342_400.25)), "2026-12-04T00:00:00.250Z")
    }
}
