import XCTest

final class JuryCoreTestsSmoke: XCTestCase {
    func testModuleBuilds() throws {}
}
