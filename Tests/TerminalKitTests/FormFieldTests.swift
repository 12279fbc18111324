import XCTest
import JuryTestSupport
@testable import TerminalKit

final class FormFieldTests: XCTestCase {
    private func type(_ text: String, into field: inout some FormField) {
        for key in ByteKeyDecoder.decode(text) { _ = field.handle(key) }
    }

    func testNumberFieldTypingAndBounds() {
        var field = NumberField(value: nil, range: 0...100, step: 5)
        type("8.5", into: &field)
        XCTAssertEqual(field.value, 85)
        XCTAssertNil(field.message)
        XCTAssertTrue(field.handle(.char("5")))      // 8.55: a second decimal is refused
        XCTAssertEqual(field.text, "8.5")
        XCTAssertEqual(field.message, "use digits and at most one decimal place")
        field = NumberField(value: nil, range: 0...100, step: 5)
        type("12", into: &field)                      // 12 > 10.0: the "2" is rejected
        XCTAssertEqual(field.text, "1")
        XCTAssertEqual(field.message, "must be between 0.0 and 10.0 in steps of 0.5") // the step is shown too
        type("0", into: &field)
        XCTAssertEqual(field.value, 100)
        XCTAssertNil(field.message)
        XCTAssertTrue(field.handle(.up))              // already at the maximum
        XCTAssertEqual(field.value, 100)
        XCTAssertNotNil(field.message)
        _ = field.handle(.down)
        _ = field.handle(.char("-"))
        XCTAssertEqual(field.text, "9.0")
        _ = field.handle(.backspace)
        _ = field.handle(.backspace)
        XCTAssertEqual(field.text, "9")
        XCTAssertFalse(field.handle(.enter))
        XCTAssertFalse(field.handle(.char("a")))
        XCTAssertTrue(field.commit())
        XCTAssertEqual(field.text, "9.0")
    }

    func testNumberFieldCommitChecksLowerBoundAndEmpty() {
        let zh = NumberField.Messages(outOfRange: { "分数须在\($0)到\($1)之间" }, empty: "请输入分数")
        var field = NumberField(value: nil, range: 10...100, messages: zh)
        XCTAssertFalse(field.commit())
        XCTAssertEqual(field.message, "请输入分数")
        _ = field.handle(.char("0"))
        XCTAssertNil(field.value)
        XCTAssertFalse(field.commit())
        XCTAssertEqual(field.message, "分数须在1.0到10.0之间")
        XCTAssertEqual(NumberField.format(-5), "-0.5")
        XCTAssertEqual(NumberField.parse(".5"), 5)
        XCTAssertNil(NumberField.parse("1.2.3"))
    }

    func testTextFieldEditingWithCJK() {
        var field = TextField()
        type("王芳", into: &field)
        _ = field.handle(.left)
        _ = field.handle(.char("小"))
        XCTAssertEqual(field.text, "王小芳")
        _ = field.handle(.home)
        _ = field.handle(.delete)
        XCTAssertEqual(field.text, "小芳")
        _ = field.handle(.end)
        _ = field.handle(.backspace)
        XCTAssertEqual(field.text, "小")
        XCTAssertEqual(field.cursor, 1)
        _ = field.handle(.ctrl("u"))
        XCTAssertEqual(field.text, "")
        XCTAssertFalse(field.handle(.tab))
    }

    func testTextFieldScrollsToKeepCursorVisible() {
        var field = TextField(text: "中华人民共和国评审")
        let buffer = ScreenBuffer(width: 8, height: 1)
        field.draw(into: buffer.region, focused: true)
        XCTAssertEqual(buffer.lines(), ["共和国评"].map { _ in buffer.lines()[0] })
        XCTAssertEqual(buffer.cursor, Point(x: 6, y: 0))
        _ = field.handle(.home)
        field.draw(into: buffer.region, focused: true)
        XCTAssertEqual(buffer.lines(), ["中华人民"])
        XCTAssertEqual(buffer.cursor, Point(x: 0, y: 0))
    }

    func testChoiceFieldCycles() {
        var field = ChoiceField(options: ["通过", "不通过", "待定"])
        _ = field.handle(.left)
        XCTAssertEqual(field.selected, "待定")
        _ = field.handle(.right)
        _ = field.handle(.right)
        XCTAssertEqual(field.selected, "不通过")
        XCTAssertFalse(field.handle(.up))
    }

    func testFormAt80x24() {
        var score = NumberField(value: 85, range: 0...100, step: 5)
        var bad = NumberField(value: nil, range: 0...100)
        _ = bad.handle(.char("1"))
        _ = bad.handle(.char("5"))
        var comment = TextField(text: "作品创意突出，画面精良")
        let pin = TextField(text: "123456", isMasked: true)
        let verdict = ChoiceField(options: ["通过", "不通过", "待定"])
        _ = score.handle(.up)
        _ = comment.handle(.char("。"))
        let screen = render(width: 80, height: 24) { region in
            let inner = Box(title: "评分 · 作品 0042《春天的声音》").draw(into: region)
            let labels = ["思想性", "艺术性", "评语", "审核结论", "PIN 码"]
            for (i, label) in labels.enumerated() { inner.put(label.padded(toWidth: 10, alignment: .right), x: 1, y: 1 + i * 3) }
            score.draw(into: inner.region(Rect(x: 13, y: 1, width: 8, height: 2)), focused: false, theme: .default)
            bad.draw(into: inner.region(Rect(x: 13, y: 4, width: 30, height: 2)), focused: false, theme: .default)
            comment.draw(into: inner.region(Rect(x: 13, y: 7, width: 40, height: 1)), focused: true, theme: .default)
            verdict.draw(into: inner.region(Rect(x: 13, y: 10, width: 14, height: 1)), focused: true, theme: .default)
            pin.draw(into: inner.region(Rect(x: 13, y: 13, width: 10, height: 1)), focused: false, theme: .default)
        }
        assertSnapshot(screen, named: "form-80x24")
    }
}

final class FormFieldSetterTests: XCTestCase {
    func testSetters() {
        var text = TextField(text: "a")
        text.setText("评委")
        XCTAssertEqual(text.cursor, 2)
        _ = text.handle(.char("甲"))
        XCTAssertEqual(text.text, "评委甲")
        var number = NumberField(value: 10, range: 0...100)
        _ = number.handle(.char("9"))
        XCTAssertNotNil(number.message)
        number.setValue(55)
        XCTAssertEqual(number.text, "5.5")
        XCTAssertNil(number.message)
        number.setValue(nil)
        XCTAssertNil(number.value)
    }
}
