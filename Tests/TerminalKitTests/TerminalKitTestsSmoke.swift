import XCTest

final class TerminalKitTestsSmoke: XCTestCase {
    func testModuleBuilds() throws {}
}
