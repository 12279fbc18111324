import XCTest
import JuryTestSupport
@testable import TerminalKit

final class FormTests: XCTestCase {
    /// A score form like the app builds from a rubric: groups are dimensions, fields are criteria.
    private func scoreForm() -> Form {
        Form(rows: [
            .heading(id: "d1", title: "思想性"),
            .number(id: "c1", label: "主题立意", maximum: 1000, step: 5),
            .number(id: "c2", label: "价值导向", value: 80, maximum: 100, step: 5),
            .readOnly(id: "ro", label: "作品编号", value: "0042"),
            .heading(id: "d2", title: "艺术性"),
            .number(id: "c3", label: "画面表现", maximum: 300, step: 10),
            .text(id: "note", label: "评语", placeholder: "可选"),
        ], buttons: [FormButton(id: "ok", title: "提交", role: .submit), FormButton(id: "cancel", title: "取消", role: .cancel)])
    }

    private func type(_ text: String, into form: inout Form) -> [FormOutcome] {
        ByteKeyDecoder.decode(text).map { form.handle($0) }
    }

    func testFocusOrderSkipsHeadingsAndReadOnlyRows() {
        var form = scoreForm()
        XCTAssertEqual(form.focus, .row("c1"))
        XCTAssertEqual(form.focusTargets, [.row("c1"), .row("c2"), .row("c3"), .row("note"), .button("ok"), .button("cancel")])
        XCTAssertEqual(form.handle(.tab), .handled)
        XCTAssertEqual(form.focus, .row("c2"))
        _ = form.handle(.down)
        XCTAssertEqual(form.focus, .row("c3"), "↓ skips the read-only row and the heading")
        _ = form.handle(.up)
        XCTAssertEqual(form.focus, .row("c2"))
        _ = form.handle(.backTab)
        _ = form.handle(.backTab)
        XCTAssertEqual(form.focus, .button("cancel"), "Shift-Tab wraps")
        _ = form.handle(.left)
        XCTAssertEqual(form.focus, .button("ok"))
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        XCTAssertEqual(form.focus, .row("c1"), "Tab wraps")
        XCTAssertEqual(form.handle(.up), .unhandled, "↑ on the first field is left to the screen")
    }

    func testNumberFieldRangeStepAndTenths() {
        var form = scoreForm()
        XCTAssertEqual(type("4.5", into: &form), [.changed("c1"), .changed("c1"), .changed("c1")])
        XCTAssertEqual(form.number("c1"), 45, "\"4.5\" is 45 tenths")
        form = scoreForm()
        XCTAssertEqual(type("4.25", into: &form), [.changed("c1"), .changed("c1"), .refused("c1"), .changed("c1")])
        XCTAssertEqual(form.row("c1")?.control.editedValue, "4.5", "4.2 was refused on the spot; the 5 then made 4.5")
        form = scoreForm()
        _ = type("4.2", into: &form)
        XCTAssertEqual(form.row("c1")?.shownError, "must be between 0.0 and 100.0 in steps of 0.5")
        XCTAssertEqual(NumberField.parse("4.25"), nil)
        form = scoreForm()
        XCTAssertEqual(type("100", into: &form), [.changed("c1"), .changed("c1"), .changed("c1")])
        XCTAssertEqual(type(".5", into: &form), [.changed("c1"), .refused("c1")], "100.5 is over the maximum")
        XCTAssertEqual(form.number("c1"), 1000)
        XCTAssertEqual(type("+", into: &form), [.refused("c1")])
        _ = form.handle(.ctrl("u"))
        XCTAssertEqual(type("１２", into: &form), [.changed("c1"), .changed("c1")], "full-width digits from an input method")
        XCTAssertEqual(form.number("c1"), 120)
        _ = form.handle(.tab)
        XCTAssertEqual(type("9", into: &form), [.refused("c2")], "8.0 then 9 would be 8.09: two decimals")
        XCTAssertEqual(form.row("c2")?.control.editedValue, "8.0")
    }

    func testLeavingAnOffStepValueIsRefused() {
        var form = Form(rows: [.number(id: "a", label: "A", maximum: 100, step: 3), .text(id: "b", label: "B")])
        _ = type("1", into: &form)   // 1.0 could still become 1.2; 1.0 itself is off the 0.3 grid
        XCTAssertEqual(form.handle(.down), .refused("a"))
        XCTAssertEqual(form.focus, .row("a"))
        XCTAssertEqual(form.row("a")?.shownError, "must be between 0.0 and 10.0 in steps of 0.3")
        _ = type(".2", into: &form)
        XCTAssertEqual(form.handle(.enter), .handled)
        XCTAssertEqual(form.focus, .row("b"))
        XCTAssertEqual(form.number("a"), 12)
    }

    func testSubtotalsFollowTyping() {
        var form = scoreForm()
        XCTAssertEqual(form.subtotal(ofHeading: "d1").value, 80)
        XCTAssertEqual(form.subtotal(ofHeading: "d1").maximum, 1100)
        _ = type("7.5", into: &form)
        XCTAssertEqual(form.subtotal(ofHeading: "d1").value, 155)
        XCTAssertEqual(form.subtotal(ofHeading: "d2").value, 0)
        XCTAssertEqual(form.subtotal(ofHeading: "d2").maximum, 300)
        XCTAssertEqual(form.total.value, 155)
        XCTAssertEqual(form.total.maximum, 1400)
    }

    func testSubmitAndCancel() {
        var form = scoreForm()
        XCTAssertEqual(form.handle(.ctrl("s")), .refused("c1"), "required scores are empty")
        XCTAssertEqual(form.row("c1")?.shownError, "enter a number")
        XCTAssertEqual(form.row("c3")?.shownError, "enter a number")
        XCTAssertEqual(form.focus, .row("c1"))
        _ = type("50", into: &form)
        XCTAssertNil(form.row("c1")?.shownError)
        _ = form.handle(.down)
        _ = form.handle(.down)
        _ = type("20", into: &form)
        XCTAssertEqual(form.handle(.enter), .handled)
        XCTAssertEqual(form.focus, .row("note"))
        _ = type("很好👍🏻", into: &form)
        XCTAssertEqual(form.text("note"), "很好👍🏻")
        _ = form.handle(.enter)
        XCTAssertEqual(form.focus, .button("ok"))
        XCTAssertEqual(form.handle(.enter), .submitted)
        XCTAssertEqual(form.number("c3"), 200)
        _ = form.handle(.right)
        XCTAssertEqual(form.handle(.enter), .cancelled)
        XCTAssertEqual(form.handle(.escape), .cancelled)
        XCTAssertEqual(form.handle(.function(5)), .unhandled)
    }

    func testDecisionDialogWithRequiredReason() {
        var form = Form(rows: [
            .list(id: "reason", label: "原因", options: ["材料不全", "不符合资格", "其他"]),
            .text(id: "note", label: "备注"),
            .text(id: "waiver", label: "豁免理由", isRequired: true),
        ], buttons: [FormButton(id: "ok", title: "确定", role: .submit), FormButton(id: "x", title: "详情")], requiredMessage: "必填")
        XCTAssertEqual(form.handle(.down), .changed("reason"))
        XCTAssertEqual(form.handle(.down), .changed("reason"))
        XCTAssertEqual(form.handle(.down), .handled, "at the last reason ↓ moves on")
        XCTAssertEqual(form.focus, .row("note"))
        XCTAssertEqual(form.selectedIndex("reason"), 2)
        XCTAssertEqual(form.handle(.ctrl("s")), .refused("waiver"))
        XCTAssertEqual(form.row("waiver")?.error, "必填")
        _ = type("超时", into: &form)
        XCTAssertNil(form.row("waiver")?.error)
        XCTAssertEqual(form.handle(.ctrl("s")), .submitted)
        form.focus(on: .button("x"))
        XCTAssertEqual(form.handle(.enter), .pressed("x"))
    }

    func testFormSnapshotWithCJKLabels() {
        var form = scoreForm()
        _ = type("4.5", into: &form)
        _ = form.handle(.tab)
        _ = form.handle(.tab)
        _ = type("3", into: &form)       // 3 (maximum 30.0, step 1.0)
        _ = type("5", into: &form)       // 35 is over the maximum: refused, the error is shown beside the field
        let screenWithError = render(width: 60, height: 14) { region in form.draw(into: region, theme: .default) }
        XCTAssertTrue(screenWithError.contains("画面表现  3        must be between 0.0 and 30.0"), screenWithError)
        assertSnapshot(screenWithError, named: "form-error-beside-field-60x14")
        _ = form.handle(.tab)
        _ = type("构图❤️饱满", into: &form)
        let screen = render(width: 60, height: 14) { region in
            let inner = Box(title: "评分 · 作品 0042").draw(into: region)
            form.draw(into: inner.region(inner.bounds.inset(left: 1, right: 1)), theme: .default)
        }
        assertSnapshot(screen, named: "form-cjk-60x14")
        let buffer = ScreenBuffer(width: 58, height: 12)
        form.draw(into: buffer.region)
        XCTAssertNotNil(buffer.cursor, "the focused text field shows the cursor")
    }

    func testScrollsToKeepFocusVisible() {
        var form = scoreForm()
        form.focus(on: .button("cancel"))
        let buffer = ScreenBuffer(width: 40, height: 3)
        form.draw(into: buffer.region)
        XCTAssertTrue(buffer.lines().last?.contains("[ 取消 ]") ?? false, buffer.text)
    }
}
