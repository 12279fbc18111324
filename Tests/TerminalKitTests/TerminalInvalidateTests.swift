import XCTest
@testable import TerminalKit

final class TerminalInvalidateTests: XCTestCase {
    func testInvalidateRedrawsEveryCellWithoutSuspending() {
        let terminal = HeadlessTerminal(width: 10, height: 3)
        let frame = terminal.makeBuffer()
        frame.put("评审", x: 0, y: 0)
        terminal.present(frame)
        terminal.present(frame.copy())
        XCTAssertTrue(terminal.lastRuns.isEmpty, "an unchanged frame writes nothing")
        terminal.invalidate()
        terminal.present(frame.copy())
        XCTAssertEqual(terminal.lastRuns.count, 3, "after invalidate every row is written")
        XCTAssertEqual(terminal.invalidateCount, 1)
        XCTAssertFalse(terminal.isSuspended)
    }

    func testThemeSearchPathsNameTheAppsVariableAndShareFolder() {
        let paths = Theme.searchPaths(environmentVariable: "MYAPP_THEMES", shareFolder: "myapp",
                                      environment: ["MYAPP_THEMES": "/a:/b", "JURYDESK_THEME_DIR": "/ignored"])
        XCTAssertEqual(Array(paths.prefix(2)), ["/a", "/b"])
        XCTAssertTrue(paths.last?.hasSuffix("share/myapp/themes") ?? false, "\(paths)")
        XCTAssertFalse(paths.contains("/ignored"))
        let neutral = Theme.searchPaths(environmentVariable: nil, shareFolder: nil, environment: ["JURYDESK_THEME_DIR": "/x"])
        XCTAssertFalse(neutral.contains { $0 == "/x" || $0.contains("/share/") })
    }
}
