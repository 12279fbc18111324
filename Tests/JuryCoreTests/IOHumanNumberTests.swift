import XCTest
@testable import JuryCore

final class IOHumanNumberTests: XCTestCase {
    func testCountsAsPeopleWriteThem() throws {
        let cases: [(String, Int, Bool)] = [
            ("12000", 12000, false), ("12,000", 12000, false), ("１２０００", 12000, false),
            ("1.2万", 12000, false), ("12w", 120_000, false), ("12W", 120_000, false), ("1.2k", 1200, false),
            ("10万+", 100_000, true), ("3亿", 300_000_000, false), (" 8 600 ", 8600, false),
            ("1.5万人", 15000, false), ("1万以上", 10000, true), ("１．２万", 12000, false),
            ("1,234,567", 1_234_567, false), ("1.2M", 1_200_000, false), ("2千万", 20_000_000, false),
            ("0", 0, false), ("8600粉", 8600, false), ("12.0", 12, false), ("1.23456万", 12346, false),
        ]
        for (text, value, lower) in cases {
            let n = try HumanNumber.parse(text)
            XCTAssertEqual(n.value, value, text)
            XCTAssertEqual(n.isLowerBound, lower, text)
        }
    }

    func testGarbageIsRejectedWithAReason() {
        for text in ["", "  ", "abc", "12a", "1,20,00", "-5", "12.5", "万", "1.2.3万", "99999999999999999999"] {
            XCTAssertThrowsError(try HumanNumber.parse(text), text) { error in
                let p = error as? ValueProblem
                XCTAssertFalse(p?.zh.isEmpty ?? true)
                XCTAssertFalse(p?.en.isEmpty ?? true)
            }
        }
    }

    func testFormatting() {
        XCTAssertEqual(HumanNumber.format(8600, chinese: true), "8,600")
        XCTAssertEqual(HumanNumber.format(12000, chinese: true), "1.2万")
        XCTAssertEqual(HumanNumber.format(1_050_000, chinese: true), "105万")
        XCTAssertEqual(HumanNumber.format(350_000_000, chinese: true), "3.5亿")
        XCTAssertEqual(HumanNumber.format(12000, chinese: false), "12K")
        XCTAssertEqual(HumanNumber.format(1_234_567, chinese: false), "1.23M")
        XCTAssertEqual(HumanNumber.format(1_023_456, chinese: true), "102.3万")
        // English keeps three significant digits, so a million is not just "1M" (102.3万 ≈ 1.02M).
        XCTAssertEqual(HumanNumber.format(1_023_456, chinese: false), "1.02M")
        XCTAssertEqual(HumanNumber.format(1_050_000, chinese: false), "1.05M")
        XCTAssertEqual(HumanNumber.format(10_000, chinese: false), "10K")
        XCTAssertEqual(HumanNumber.format(12_345, chinese: false), "12.3K")
        XCTAssertEqual(HumanNumber.format(12_350, chinese: false), "12.4K", "half up")
        XCTAssertEqual(HumanNumber.format(102_345, chinese: false), "102K")
        XCTAssertEqual(HumanNumber.format(999_499, chinese: false), "999K")
        XCTAssertEqual(HumanNumber.format(999_500, chinese: false), "1M", "rounds up into the next unit, not 1000K")
        XCTAssertEqual(HumanNumber.format(12_345_678, chinese: false), "12.3M")
        XCTAssertEqual(HumanNumber.format(999_999_999, chinese: false), "1B")
        XCTAssertEqual(HumanNumber.format(3_456_789_012, chinese: false), "3.46B")
        XCTAssertEqual(HumanNumber.format(1_234_567_890_123, chinese: false), "1235B")
        XCTAssertEqual(HumanNumber.format(-12_345, chinese: false), "-12.3K")
        XCTAssertEqual(HumanNumber.format(999, chinese: false), "999")
        XCTAssertEqual(HumanNumber.grouped(1_234_567), "1,234,567")
    }

    func testPercent() throws {
        XCTAssertEqual(try HumanPercent.whole("65%"), 65)
        XCTAssertEqual(try HumanPercent.whole("0.65"), 65)
        XCTAssertEqual(try HumanPercent.whole("65"), 65)
        XCTAssertEqual(try HumanPercent.whole("６５％"), 65)
        XCTAssertEqual(try HumanPercent.whole("1.0"), 100)
        XCTAssertEqual(try HumanPercent.whole("100"), 100)
        XCTAssertEqual(try HumanPercent.whole("百分之80"), 80)
        for bad in ["", "120%", "abc", "-5%", "6 5 %x"] {
            XCTAssertThrowsError(try HumanPercent.parse(bad), bad)
        }
    }
}
