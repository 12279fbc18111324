import XCTest

final class EndToEndTestsSmoke: XCTestCase {
    func testModuleBuilds() throws {}
}
