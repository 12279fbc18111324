import XCTest
@testable import TerminalKit

final class LayoutTests: XCTestCase {
    private let screen = Rect(x: 0, y: 0, width: 80, height: 24)

    func testRowsFixedAndFill() {
        let parts = Layout.rows([.fixed(1), .fill, .fixed(1)], in: screen)
        XCTAssertEqual(parts, [Rect(x: 0, y: 0, width: 80, height: 1), Rect(x: 0, y: 1, width: 80, height: 22),
                               Rect(x: 0, y: 23, width: 80, height: 1)])
    }

    func testColumnsPercentFillAndSpacing() {
        let parts = Layout.columns([.percent(30), .fill, .fixed(10)], in: Rect(x: 2, y: 3, width: 100, height: 5), spacing: 1)
        XCTAssertEqual(parts.map(\.width), [30, 58, 10])
        XCTAssertEqual(parts.map(\.x), [2, 33, 92])
        XCTAssertTrue(parts.allSatisfy { $0.y == 3 && $0.height == 5 })
    }

    func testFillsShareTheRestAndUnevenCellsGoFirst() {
        XCTAssertEqual(Layout.columns([.fill, .fill, .fill], in: Rect(x: 0, y: 0, width: 10, height: 1)).map(\.width), [4, 3, 3])
        XCTAssertEqual(Layout.columns([.weighted(2), .fill], in: Rect(x: 0, y: 0, width: 9, height: 1)).map(\.width), [6, 3])
        XCTAssertEqual(Layout.rows([.percent(50), .percent(50)], in: Rect(x: 0, y: 0, width: 1, height: 7)).map(\.height), [3, 3])
    }

    func testOverflowServesFixedFirstAndNeverGoesNegative() {
        let parts = Layout.rows([.fixed(3), .fill, .percent(50), .fixed(4)], in: Rect(x: 0, y: 0, width: 10, height: 5))
        XCTAssertEqual(parts.map(\.height), [3, 0, 0, 2])
        XCTAssertEqual(parts.map(\.y), [0, 3, 3, 3])
        XCTAssertTrue(parts.allSatisfy { $0.maxY <= 5 && $0.height >= 0 })
        let squeezed = Layout.columns([.fixed(5), .fixed(5)], in: Rect(x: 0, y: 0, width: 6, height: 1), spacing: 2)
        XCTAssertEqual(squeezed.map(\.width), [4, 0])
        XCTAssertTrue(squeezed.allSatisfy { $0.maxX <= 6 })
        XCTAssertEqual(Layout.rows([.fill, .fixed(2)], in: Rect(x: 0, y: 0, width: 4, height: 0)).map(\.height), [0, 0])
        XCTAssertEqual(Layout.rows([], in: screen), [])
        XCTAssertEqual(Layout.columns([.fixed(-3), .percent(250)], in: Rect(x: 0, y: 0, width: 8, height: 1)).map(\.width), [0, 8])
    }
}
