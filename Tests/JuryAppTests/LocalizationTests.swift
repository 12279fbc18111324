@testable import JuryApp
import XCTest

/// Every string exists in both languages, is not empty, and names the same placeholders.
final class LocalizationTests: XCTestCase {
    private func placeholders(_ text: String) -> Set<String> {
        var out = Set<String>()
        var current: String?
        for c in text {
            if c == "{" { current = "" } else if c == "}", let name = current { out.insert(name); current = nil } else { current?.append(c) }
        }
        return out
    }

    func testEveryKeyInBothLanguagesWithMatchingPlaceholders() {
        for key in StringKey.allCases {
            let zh = Strings.allZh[key], en = Strings.allEn[key]
            XCTAssertNotNil(zh, "\(key) missing in zh")
            XCTAssertNotNil(en, "\(key) missing in en")
            XCTAssertFalse((zh ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(key) empty in zh")
            XCTAssertFalse((en ?? "").trimmingCharacters(in: .whitespaces).isEmpty, "\(key) empty in en")
            XCTAssertEqual(placeholders(zh ?? ""), placeholders(en ?? ""), "placeholders differ for \(key)")
        }
        XCTAssertEqual(Strings.allZh.count, StringKey.allCases.count)
        // No key is defined by two feature tables (the merge would hide one of them).
        XCTAssertEqual([Strings.zh, Strings.reviewZh, Strings.judgingZh, Strings.chairZh, Strings.trustZh].map(\.count).reduce(0, +), Strings.allZh.count)
        XCTAssertEqual([Strings.en, Strings.reviewEn, Strings.judgingEn, Strings.chairEn, Strings.trustEn].map(\.count).reduce(0, +), Strings.allEn.count)
        XCTAssertEqual(Strings.allEn.count, StringKey.allCases.count)
    }

    func testWrongPinMessageReadsAsSpecified() {
        XCTAssertEqual(Localizer(.zh)(.loginWrongPinWait, ["seconds": "4"]), "PIN 错误，请 4 秒后再试")
    }

    func testLanguageResolutionOrder() {
        XCTAssertEqual(Language.resolve(flag: "en", environment: ["JURYDESK_LANG": "zh"], contestDefault: "zh-Hans"), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: ["JURYDESK_LANG": "en"], contestDefault: "zh-Hans"), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: [:], contestDefault: "en"), .en)
        XCTAssertEqual(Language.resolve(flag: nil, environment: [:], contestDefault: "zh-Hans"), .zh)
    }
}
