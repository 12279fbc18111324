import JuryCore
import XCTest
@testable import JuryStore

/// Stored stages and platform lists read on their bytes give what the cases' raw values say.
final class StoredNamesTests: XCTestCase {
    func testEveryCaseReadsBackFromItsBytes() {
        let stages = StoredNames<ReviewStage>(), platforms = StoredNames<Platform>()
        for stage in ReviewStage.allCases { XCTAssertEqual(stages.value(Array(stage.rawValue.utf8)), stage) }
        for platform in Platform.allCases { XCTAssertEqual(platforms.value(Array(platform.rawValue.utf8)), platform) }
        for name in ["", "finalis", "finalists", "Finalist", "round1", "round1_passed ", "注册"] {
            XCTAssertNil(stages.value(Array(name.utf8)), name)
        }
    }

    func testListsAgreeWithSplittingOnCommas() {
        let names = Platform.allCases.map(\.rawValue) + ["", "tiktok", "Douyin", "douyin ", "微博"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let stored = (0..<Int.random(in: 0...5, using: &generator)).map { _ in names.randomElement(using: &generator)! }
                .joined(separator: ",")
            let expected = stored.split(separator: ",").compactMap { Platform(rawValue: String($0)) }
            XCTAssertEqual(EntrantSummary.platforms(Array(stored.utf8)), expected, stored)
            XCTAssertEqual(EntrantSummary.platforms(stored.utf8), expected, stored)
        }
        XCTAssertEqual(EntrantSummary.platforms(Array(",douyin,,kuaishou,".utf8)), [.douyin, .kuaishou])
    }
}
