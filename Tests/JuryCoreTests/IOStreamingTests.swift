import Foundation
@testable import JuryCore
import XCTest

/// The streaming readers agree with the whole-text ones however the bytes are cut into chunks, and
/// the byte-level fast paths agree with the Foundation paths they skip.
final class IOStreamingTests: XCTestCase {
    private let samples = [
        "\u{FEFF}a,b,c\r\n1,\"x,y\",3\r\n\r\n\"multi\r\nline\",\"q\"\"q\",\n,,\n",
        "a,b\rc,d\re,\"f\"tail\r\n\"\"\n",
        "姓名,城市\n张三,西安\n\"李\"四,\"宝\r\n鸡\"",
        "only",
        "",
        "\u{FEFF}",
        "x\r",
    ]

    func testByteReaderMatchesTheScalarReaderForAnyChunking() throws {
        for text in samples {
            let expected = try scalarRead(text)
            let bytes = Array(text.utf8)
            for size in [1, 2, 3, 7, 64] {
                var reader = CSVByteReader()
                var got: [CSVReader.Record] = []
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + size)
                    bytes[start..<end].withUnsafeBufferPointer { reader.feed($0) { got.append($0) } }
                    start = end
                }
                XCTAssertNil(reader.finish { got.append($0) })
                XCTAssertEqual(got, expected, "chunk \(size): \(text.debugDescription)")
            }
        }
        var reader = CSVByteReader()
        "a,\"open\n".utf8.withContiguousStorageIfAvailable { reader.feed($0) { _ in } }
        XCTAssertEqual(reader.finish { _ in }, CSVReader.UnterminatedQuote(line: 1))
    }

    func testChunkDecoderMatchesTheWholeFileDecoderForAnyChunking() throws {
        let text = "姓名,城市\r\n张三,西安 😀\r\n"
        var gb: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xB3, 0xC7, 0xCA, 0xD0, 0x0D, 0x0A]
        gb += [0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0xCE, 0xF7, 0xB0, 0xB2]
        let utf16LE: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let cases: [([UInt8], UTF8ChunkDecoder.Encoding, String)] = [
            (Array(text.utf8), .utf8, text),
            ([0xEF, 0xBB, 0xBF] + Array(text.utf8), .utf8, "\u{FEFF}" + text),
            (utf16LE, .utf16LE, text),
            (gb, .gb18030, "姓名,城市\r\n张三,西安"),
        ]
        for (bytes, encoding, expected) in cases {
            for size in [1, 2, 3, 5, 1000] {
                var decoder = try UTF8ChunkDecoder(encoding: encoding)
                defer { decoder.close() }
                var out: [UInt8] = []
                var start = 0
                while start < bytes.count {
                    let end = min(bytes.count, start + size)
                    try bytes[start..<end].withUnsafeBufferPointer { try decoder.decode($0, final: false, into: &out) }
                    start = end
                }
                try decoder.decode(UnsafeBufferPointer(start: nil, count: 0), final: true, into: &out)
                XCTAssertEqual(String(decoding: out, as: UTF8.self), expected, "\(encoding) chunk \(size)")
            }
        }
    }

    func testChunkDecoderNamesTheOffsetOfBadUTF8() throws {
        for bytes: [UInt8] in [[0x61, 0x62, 0xFF, 0x63], [0x61, 0x62, 0xE4, 0xB8], [0x61, 0x62, 0xED, 0xA0, 0x80], [0x61, 0x62, 0xC0, 0x80]] {
            for size in [1, 2, 100] {
                var decoder = try UTF8ChunkDecoder(encoding: .utf8)
                var out: [UInt8] = []
                XCTAssertThrowsError(try {
                    var start = 0
                    while start < bytes.count {
                        let end = min(bytes.count, start + size)
                        try bytes[start..<end].withUnsafeBufferPointer { try decoder.decode($0, final: false, into: &out) }
                        start = end
                    }
                    try decoder.decode(UnsafeBufferPointer(start: nil, count: 0), final: true, into: &out)
                }()) { error in
                    XCTAssertEqual(error as? TextDecoding.Failure, .undecodable(byteOffset: 2), "\(bytes) chunk \(size)")
                }
            }
        }
    }

    func testFastNormalisationAgreesWithFoundation() {
        let cells = ["", " ", "  abc ", "\tx\n", "王建军", " 抖音 ", "１２０００", "1.2万", "2021年3月", "a\u{3000}", "\u{3000}",
                     "\u{00A0}x", "e\u{301}", "ｂ站", "Ａ", "\u{85}y", "x\u{0B}", "丽\u{F9E9}", "㐀", "\u{FEFF}z", "\0"]
        for c in cells {
            let foundation = c.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
            XCTAssertEqual(HumanText.normalized(c), foundation, c.debugDescription)
            XCTAssertEqual(HumanText.hasContent(c), !foundation.isEmpty, c.debugDescription)
        }
        XCTAssertEqual(HumanText.compact(" 8 600 "), "8600")
        XCTAssertEqual(HumanText.compact("８ ６００"), "8600")
    }

    func testFastTimestampAgreesWithTheCalendar() throws {
        let zones = [HumanTimestamp.defaultTimeZone, TimeZone(identifier: "America/New_York"), TimeZone(secondsFromGMT: 0)]
            .compactMap { $0 }
        let texts = ["2023-08-15 14:03", "2023/8/5 04:03:22", " 2023-08-15T14:03:59 ", "1990-04-15 02:30", "2023-03-12 02:30",
                     "2024-02-29 23:59:59", "2100-12-31 00:00"]
        for zone in zones {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            for text in texts {
                guard let fast = HumanTimestamp.parseCommon(text, timeZone: zone) else { continue }
                let parts = text.trimmingCharacters(in: .whitespaces).split(whereSeparator: { "-/ T:".contains($0) }).compactMap { Int($0) }
                let expected = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: parts[3],
                                                                  minute: parts[4], second: parts.count > 5 ? parts[5] : 0))
                XCTAssertEqual(fast, expected, "\(text) in \(zone.identifier)")
            }
        }
        // Not the common form, or not a valid time: the full parser decides.
        for text in ["2023-02-30 10:00", "2023-08-15 24:00", "2023-08-15 14:03:22.5", "2023-08-15T14:03Z", "2023年8月15日 14:03",
                     "2023-08-15", "2023-8-15 1:3"] {
            XCTAssertNil(HumanTimestamp.parseCommon(text, timeZone: zones[0]), text)
        }
    }

    private func scalarRead(_ text: String) throws -> [CSVReader.Record] {
        // The reference: a delimiter outside ASCII forces the scalar reader; swap the commas for it.
        let swapped = text.replacingOccurrences(of: ",", with: "\u{2063}")
        return try CSVReader(delimiter: "\u{2063}").read(swapped).map { record in
            CSVReader.Record(line: record.line, fields: record.fields.map { $0.replacingOccurrences(of: "\u{2063}", with: ",") })
        }
    }
}
