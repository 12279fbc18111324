import XCTest
@testable import JuryCore

final class IOVideoTests: XCTestCase {
    func testDurations() throws {
        let cases: [(String, Int)] = [
            ("2:45", 165), ("165", 165), ("165s", 165), ("2分45秒", 165), ("3分钟", 180), ("02:45", 165),
            ("1:02:03", 3723), ("165秒", 165), ("2m45s", 165), ("2'45\"", 165), ("２分４５秒", 165), ("164.6", 165),
            ("3分", 180), ("1小时", 3600),
        ]
        for (text, seconds) in cases { XCTAssertEqual(try VideoDuration.parse(text), seconds, text) }
        for bad in ["", "abc", "2:75", "2:5", "分钟", "3分钟多", "-3"] {
            XCTAssertThrowsError(try VideoDuration.parse(bad), bad)
        }
        XCTAssertEqual(VideoDuration.format(165), "2:45")
        XCTAssertEqual(VideoDuration.format(3723), "1:02:03")
    }

    func testResolutions() throws {
        let cases: [(String, Int)] = [
            ("1080p", 1080), ("720P", 720), ("1920x1080", 1080), ("1920×1080", 1080), ("1080×1920", 1080),
            ("4K", 2160), ("高清", 720), ("超清", 1080), ("1280*720", 720), ("540p", 540), ("标清", 480),
        ]
        for (text, px) in cases { XCTAssertEqual(try VideoResolution.parse(text), px, text) }
        for bad in ["", "很清楚", "1920x", "12p", "x1080"] {
            XCTAssertThrowsError(try VideoResolution.parse(bad), bad)
        }
    }
}
