@testable import JuryCore
import XCTest

/// `HumanText.lowercased` skips Unicode case mapping for text with nothing that has a case; it must
/// give exactly what `String.lowercased()` gives, for every text.
final class HumanTextLowercasedTests: XCTestCase {
    func testTheRangeItTreatsAsCaselessHasNoCase() {
        for v in UInt32(0x3000)..<0xA000 {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = String(Character(scalar))
            XCTAssertEqual(text.lowercased(), text, String(v, radix: 16))
        }
    }

    func testItAgreesWithFoundationOnMixedText() {
        let pieces = ["王晓明", "abc", "ABC", "Ａｂｃ", "É", "ß", "İ", "Σ", "ς", "西安地铁", "|", "123", "🎉", "ǅ", "ﬀ",
                      "\u{0301}", "ー", "〇", "㈱", "ｶﾅ", "ⓐ", "Ⓐ", " ", "\t", "ＢＭ２０２３"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(HumanText.lowercased(text), text.lowercased(), text)
        }
        XCTAssertEqual(HumanText.lowercased("达人ABC|西安"), "达人abc|西安")
        XCTAssertEqual(HumanText.lowercased("达人abc|西安"), "达人abc|西安")
    }
}
