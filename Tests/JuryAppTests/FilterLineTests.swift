@testable import JuryApp
import TerminalKit
import XCTest

/// The filter line's hint uses the rest of its line, and is cut with "…" only when even that is too
/// narrow: the English hints are longer than the typed field and were cut mid-word without a mark.
final class FilterLineTests: XCTestCase {
    private func line(width: Int, placeholder: String, text: String = "") -> String {
        let buffer = ScreenBuffer(width: width, height: 1)
        var field = FilterLine.emptyField()
        for c in text { _ = field.handle(.char(c)) }
        FilterLine.draw(field, editing: false, placeholder: placeholder, into: buffer.region, y: 0, maxWidth: 10,
                        Localizer(.en), theme: .default)
        return buffer.text.trimmingCharacters(in: .whitespaces)
    }

    func testTheHintUsesTheRestOfTheLine() {
        XCTAssertEqual(line(width: 80, placeholder: "press / to filter by id, name, unit or city"),
                       "Filter: press / to filter by id, name, unit or city")
    }

    func testATooNarrowLineEndsTheHintWithAnEllipsis() {
        XCTAssertEqual(line(width: 30, placeholder: "press / to filter by id, name, unit or city"),
                       "Filter: press / to filter b…") // the 20 cells after the label, the mark included
        XCTAssertEqual(line(width: 24, placeholder: "按 / 输入编号、姓名、单位或城市"), "Filter: 按 / 输入编号…") // 14 cells: "、" would not fit beside the mark
    }

    func testTypedTextKeepsTheFieldWidth() {
        // 10 cells: the end of the text and the cursor's cell.
        XCTAssertEqual(line(width: 80, placeholder: "hint", text: "abcdefghijklmnop"), "Filter: hijklmnop")
    }
}
