import XCTest
@testable import TerminalKit

/// A small deterministic generator (SplitMix64), so a failing fuzz run can be replayed exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random typing, editing and pasting of emoji, joiner and combining sequences, CJK and full-width forms.
final class TextInputFuzzTests: XCTestCase {
    /// Pieces typed one Unicode scalar at a time, as terminals deliver them.
    static let pieces = ["a", "Z", "7", ".", " ", "❤️", "👍🏻", "👨‍👩‍👧", "🇨🇳", "e\u{301}", "\u{301}", "\u{200D}", "\u{FE0F}",
                         "王", "芳", "评审", "Ａ", "１", "．", "。", "😀", "🏳️‍🌈", "\u{1F3FB}", "ｶ", "１２", "4.5"]
    static let pastes = ["a❤️b", "👨‍👩‍👧👍🏻🇨🇳", "e\u{301}e\u{301}", "中文，全角ＡＢＣ", "line\nbreak\ttab", "\u{301}\u{FE0F}x", "12.5"]
    static let editingKeys: [Key] = [.backspace, .delete, .left, .right, .home, .end, .ctrl("u"), .ctrl("k"), .ctrl("a"), .ctrl("e"),
                                     .up, .down, .tab, .enter]

    /// The next input: a list of keys (a piece typed scalar by scalar, or one editing key) or a paste.
    static func nextInput(_ rng: inout SeededGenerator) -> (keys: [Key], paste: String?) {
        switch Int.random(in: 0..<10, using: &rng) {
        case 0..<5:
            let piece = pieces.randomElement(using: &rng) ?? "a"
            return (piece.unicodeScalars.map { .char(Character($0)) }, nil)
        case 5..<9:
            return ([editingKeys.randomElement(using: &rng) ?? .left], nil)
        default:
            return ([], pastes.randomElement(using: &rng))
        }
    }

    /// Checks that a field drawn at x = 2 in a wider buffer stays inside its cells and keeps the buffer's invariants.
    static func checkDrawing(_ buffer: ScreenBuffer, fieldX: Int, fieldWidth: Int, line: UInt, file: StaticString = #filePath) {
        var x = 0
        while x < buffer.width {
            let cell = buffer[x, 0]
            if x < fieldX || x >= fieldX + fieldWidth {
                XCTAssertEqual(cell, .blank(), "cell \(x) outside the field was drawn", file: file, line: line)
            }
            XCTAssertFalse(cell.isContinuation, "orphan continuation at \(x)", file: file, line: line)
            if cell.width == 2 {
                XCTAssertTrue(x + 1 < buffer.width && buffer[x + 1, 0].isContinuation, "wide cell without continuation", file: file, line: line)
                x += 2
            } else {
                x += 1
            }
        }
        if let cursor = buffer.cursor {
            XCTAssertTrue(cursor.x >= fieldX && cursor.x < fieldX + fieldWidth, "cursor \(cursor.x) outside the field", file: file, line: line)
        }
    }

    func testTextFieldSurvivesRandomEditing() {
        var rng = SeededGenerator(seed: 0x6A75_7279)
        let configurations: [TextField] = [TextField(), TextField(isMasked: true), TextField(maxLength: 5),
                                           TextField(text: "预置❤️", isMasked: true, maxLength: 8)]
        for configuration in configurations {
            var field = configuration
            for step in 0..<1500 {
                let input = TextInputFuzzTests.nextInput(&rng)
                for key in input.keys { _ = field.handle(key) }
                if let paste = input.paste { field.insert(paste) }
                XCTAssertTrue((0...field.text.count).contains(field.cursor), "step \(step): cursor \(field.cursor) of \(field.text.count)")
                if let maxLength = field.maxLength { XCTAssertLessThanOrEqual(field.text.count, maxLength, "step \(step)") }
                XCTAssertFalse(field.text.contains(where: { $0.isNewline || $0 == "\t" }), "step \(step): control in \(field.text)")
                XCTAssertEqual(String(decoding: Array(field.text.utf8), as: UTF8.self), field.text)
                let width = 1 + step % 9
                let buffer = ScreenBuffer(width: width + 4, height: 1)
                field.draw(into: buffer.region(Rect(x: 2, y: 0, width: width, height: 1)), focused: true, theme: .default)
                TextInputFuzzTests.checkDrawing(buffer, fieldX: 2, fieldWidth: width, line: #line)
                let drawn = buffer.lines()[0]
                XCTAssertLessThanOrEqual(drawn.displayWidth, width + 2, "step \(step)")
            }
        }
    }

    func testFormFieldsSurviveRandomEditing() {
        var rng = SeededGenerator(seed: 42)
        var form = Form(rows: [
            .heading(id: "g", title: "创意"),
            .number(id: "n1", label: "构思", maximum: 1000, step: 5),
            .number(id: "n2", label: "Odd step", maximum: 100, step: 3, minimum: 10),
            .text(id: "t1", label: "评语", maxLength: 12),
            .text(id: "pin", label: "PIN", isMasked: true),
            .list(id: "why", label: "原因", options: ["重复", "违规", "其他"]),
        ], buttons: [FormButton(id: "ok", title: "提交", role: .submit), FormButton(id: "no", title: "取消", role: .cancel)])
        for step in 0..<2500 {
            let input = TextInputFuzzTests.nextInput(&rng)
            for key in input.keys { _ = form.handle(key) }
            if let paste = input.paste {
                for key in ByteKeyDecoder.decode(paste) where key != .enter && key != .tab { _ = form.handle(key) }
            }
            for row in form.rows {
                switch row.control {
                case .number(let field):
                    if let v = field.value { XCTAssertTrue(field.range.contains(v), "step \(step)") }
                    if let v = NumberField.parse(field.text), field.text.contains("."), field.text.last != "." {
                        XCTAssertTrue(field.isOnStep(v) && v <= field.range.upperBound, "step \(step): \(field.text) accepted")
                    }
                case .text(let field):
                    XCTAssertTrue((0...field.text.count).contains(field.cursor), "step \(step)")
                default: break
                }
            }
            let width = 20 + step % 30
            let buffer = ScreenBuffer(width: width, height: 1 + step % 12)
            form.draw(into: buffer.region, theme: .default)
            for (y, line) in buffer.lines().enumerated() {
                XCTAssertLessThanOrEqual(line.displayWidth, width)
                XCTAssertFalse(buffer[0, y].isContinuation)
            }
            if let cursor = buffer.cursor { XCTAssertTrue(buffer.bounds.contains(x: cursor.x, y: cursor.y)) }
        }
    }
}
