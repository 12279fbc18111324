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

    /// Lists shared between rows read back exactly as each row's own list, and the same list is one array.
    func testSharedListsAreEachRowsOwn() {
        let names = Platform.allCases.map(\.rawValue) + ["tiktok", ""]
        var generator = SystemRandomNumberGenerator()
        var shared: [UInt64: [Platform]] = [:]
        for _ in 0..<3_000 {
            let stored = (0..<Int.random(in: 0...4, using: &generator)).map { _ in names.randomElement(using: &generator)! }
                .joined(separator: ",")
            let bytes = Array(stored.utf8)
            let read = bytes.withUnsafeBufferPointer { EntrantSummary.platformNames.list($0, sharing: &shared) }
            XCTAssertEqual(read, EntrantSummary.platforms(bytes), stored)
        }
        // Twenty names, more than a key holds: read in full, not shared.
        let long = Array(Array(repeating: "weibo", count: 20).joined(separator: ",").utf8)
        XCTAssertEqual(long.withUnsafeBufferPointer { EntrantSummary.platformNames.list($0, sharing: &shared) }.count, 20)
    }
}
