import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// Reviewing's screens through the headless terminal, in Chinese and English, at 80×24 and 132×43:
/// the queue, the dossier (with a picture drawn by a fake chafa, and without chafa), the decision
/// dialogs, a batch confirmation and the chair's overview.
final class ReviewSnapshotTests: XCTestCase {
    private static let sizes = [(80, 24), (132, 43)]

    private func snapshot(_ name: String, as user: String, fixture: AppFixture, chafa: String = "/nonexistent",
                          keys: (HeadlessTerminal) -> Void, file: StaticString = #filePath, line: UInt = #line) throws {
        for language in [Language.zh, .en] {
            for (width, height) in Self.sizes {
                let (runtime, terminal) = try fixture.runtime(language, width: width, height: height, chafa: chafa)
                AppFixture.signIn(runtime, terminal, as: user)
                keys(terminal)
                AppFixture.drain(runtime, terminal)
                runtime.draw()
                assertSnapshot(terminal.framedScreen, named: "\(name)-\(language == .zh ? "zh" : "en")-\(width)x\(height)",
                               file: file, line: line)
                // Give the entrant back, so the next size starts from the same queue.
                try? fixture.store.rawConnection { db in try db.run("DELETE FROM claims") }
            }
        }
    }

    /// A fake chafa that prints a fixed two-colour picture, so the picture path is tested everywhere.
    static func fakeChafa(in dir: TemporaryDirectory) throws -> String {
        let path = dir.path("fake-chafa")
        let script = """
            #!/bin/sh
            printf '\\033[?25l\\033[0m\\033[38;5;196;48;5;21m▀▀▀▀▄▄▄▄\\033[0m\\n\\033[38;5;46m████\\033[7m    \\033[0m\\n'
            """
        try script.write(toFile: path, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
        return path
    }

    /// The fixture's screenshot files, copied from the sample's tiny PNG.
    static func placeScreenshots(_ fixture: AppFixture) throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let png = root.appendingPathComponent("SampleData/screenshots/BM2023-0004-1.png")
        try FileManager.default.createDirectory(atPath: fixture.dir.path("screenshots"), withIntermediateDirectories: true)
        for n in 1001...1012 {
            for k in 1...2 {
                let target = fixture.dir.path("screenshots/E\(n)-\(k).png")
                if !FileManager.default.fileExists(atPath: target) { try FileManager.default.copyItem(atPath: png.path, toPath: target) }
            }
        }
    }

    func testQueueAndDossier() throws {
        let fixture = try AppFixture()
        try snapshot("queue", as: "王审核", fixture: fixture) { t in t.enqueue([.enter, .down, .char(" ")]) }
        try snapshot("queue-by-checks", as: "王审核", fixture: fixture) { t in t.enqueue([.enter, .char("c")]) }
        try snapshot("queue-round-two", as: "王审核", fixture: fixture) { t in t.enqueue([.down, .enter]) }
        try snapshot("dossier-no-chafa", as: "王审核", fixture: fixture) { t in t.enqueue([.enter, .enter]) }
        try Self.placeScreenshots(fixture)
        let chafa = try Self.fakeChafa(in: fixture.dir)
        try snapshot("dossier-chafa", as: "王审核", fixture: fixture, chafa: chafa) { t in t.enqueue([.enter, .enter]) }
    }

    func testDecisionDialogs() throws {
        let fixture = try AppFixture()
        try snapshot("dialog-pass", as: "王审核", fixture: fixture) { t in t.enqueue([.enter, .enter, .char("p")]) }
        try snapshot("dialog-reject", as: "王审核", fixture: fixture) { t in t.enqueue([.enter, .enter, .char("x"), .down]) }
        try snapshot("dialog-info", as: "王审核", fixture: fixture) { t in t.enqueue([.enter, .enter, .char("i")]) }
        // 黄敏 has 9,999 followers: passing her asks for the waiver's written reason.
        try snapshot("dialog-waiver", as: "王审核", fixture: fixture) { t in
            t.enqueue([.enter, .char("/")])
            t.type("黄敏")
            t.enqueue([.enter, .enter, .char("p"), .down, .tab, .tab, .tab, .enter])
        }
        try snapshot("batch-confirm", as: "王审核", fixture: fixture) { t in t.enqueue([.enter, .char(" "), .char(" "), .char("x"), .enter]) }
    }

    func testChairOverview() throws {
        let fixture = try AppFixture()
        try fixture.store.claims.claim(entrantId: "BM2023-1005", round: 1, reviewer: "王审核")
        let entry = HomeItem.menu(for: .chair).firstIndex(of: .reviewOverview) ?? 0
        try snapshot("overview", as: "赵主任", fixture: fixture) { t in t.enqueue(Array(repeating: Key.down, count: entry) + [.enter]) }
    }
}
