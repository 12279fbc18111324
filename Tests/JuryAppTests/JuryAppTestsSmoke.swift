import XCTest

final class JuryAppTestsSmoke: XCTestCase {
    func testModuleBuilds() throws {}
}
