import XCTest

final class JuryStoreTestsSmoke: XCTestCase {
    func testModuleBuilds() throws {}
}
