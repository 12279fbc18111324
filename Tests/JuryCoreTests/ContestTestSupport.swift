import Foundation
import XCTest
@testable import JuryCore

/// Locates the sample definitions and makes malformed variants of them by text replacement.
enum ContestFixtures {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let contestURL = repositoryRoot.appendingPathComponent("SampleData/contest.json")
    static let photoURL = repositoryRoot.appendingPathComponent("SampleData/contest-photo.json")

    static func contestText() throws -> String {
        try String(contentsOf: contestURL, encoding: .utf8)
    }

    static func contest() throws -> ContestDefinition {
        try ContestDefinition.load(from: contestURL)
    }

    /// The sample contest with `old` replaced by `new` exactly once (fails the test otherwise).
    static func variant(_ old: String, _ new: String, file: StaticString = #filePath, line: UInt = #line) throws -> Data {
        let text = try contestText()
        let parts = text.components(separatedBy: old)
        XCTAssertEqual(parts.count, 2, "fixture text must occur exactly once: \(old)", file: file, line: line)
        return Data(text.replacingOccurrences(of: old, with: new).utf8)
    }
}
