import XCTest
import CNcursesw
#if canImport(Glibc)
import Glibc
#endif
@testable import TerminalKit

final class KeyDecodingTests: XCTestCase {
    func testEscapeSequences() {
        XCTAssertEqual(ByteKeyDecoder.decode("\u{1B}[A\u{1B}[B\u{1B}[C\u{1B}[D"), [.up, .down, .right, .left])
        XCTAssertEqual(ByteKeyDecoder.decode("\u{1B}OA\u{1B}OH\u{1B}OF\u{1B}OP"), [.up, .home, .end, .function(1)])
        XCTAssertEqual(ByteKeyDecoder.decode("\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[1~\u{1B}[4~"), [.pageUp, .pageDown, .delete, .home, .end])
        XCTAssertEqual(ByteKeyDecoder.decode("\u{1B}[15~\u{1B}[24~\u{1B}[Z\u{1B}[1;5C"), [.function(5), .function(12), .backTab, .right])
    }

    func testControlBytes() {
        XCTAssertEqual(ByteKeyDecoder.decode([9, 13, 10, 127, 8, 3, 1, 26, 27]),
                       [.tab, .enter, .enter, .backspace, .backspace, .ctrl("c"), .ctrl("a"), .ctrl("z"), .escape])
    }

    func testUTF8() {
        XCTAssertEqual(ByteKeyDecoder.decode("a中😀é"), [.char("a"), .char("中"), .char("😀"), .char("é")])
    }

    func testIncrementalFeedWaitsForCompleteSequences() {
        var decoder = ByteKeyDecoder()
        let zhong = Array("中".utf8)
        XCTAssertEqual(decoder.feed([27]), [])
        XCTAssertEqual(decoder.feed([91]), [])
        XCTAssertEqual(decoder.feed([65]), [.up])
        XCTAssertEqual(decoder.feed(Array(zhong.prefix(2))), [])
        XCTAssertEqual(decoder.feed(Array(zhong.suffix(1))), [.char("中")])
        XCTAssertEqual(decoder.feed([27]), [])
        XCTAssertEqual(decoder.flush(), [.escape])
        XCTAssertEqual(decoder.feed([27, UInt8(ascii: "x")]), [.escape, .char("x")])
    }

    func testCursesDecoding() {
        let ok = jd_ok(), yes = jd_key_code_yes()
        XCTAssertEqual(CursesKeyDecoder.decode(status: jd_err(), value: 0), nil)
        XCTAssertEqual(CursesKeyDecoder.decode(status: yes, value: UInt32(KEY_UP)), .up)
        XCTAssertEqual(CursesKeyDecoder.decode(status: yes, value: UInt32(KEY_NPAGE)), .pageDown)
        XCTAssertEqual(CursesKeyDecoder.decode(status: yes, value: UInt32(KEY_F0 + 3)), .function(3))
        XCTAssertEqual(CursesKeyDecoder.decode(status: yes, value: UInt32(KEY_RESIZE)), .resize)
        XCTAssertEqual(CursesKeyDecoder.decode(status: yes, value: UInt32(KEY_BTAB)), .backTab)
        XCTAssertEqual(CursesKeyDecoder.decode(status: ok, value: 0x4E2D), .char("中"))
        XCTAssertEqual(CursesKeyDecoder.decode(status: ok, value: 3), .ctrl("c"))
        XCTAssertEqual(CursesKeyDecoder.decode(status: ok, value: 9), .tab)
        XCTAssertEqual(CursesKeyDecoder.decode(status: ok, value: 13), .enter)
        XCTAssertEqual(CursesKeyDecoder.decode(status: ok, value: 127), .backspace)
        XCTAssertEqual(CursesKeyDecoder.decode(status: ok, value: 27), .escape)
    }

    func testLabels() {
        XCTAssertEqual(Key.ctrl("s").label, "Ctrl-S")
        XCTAssertEqual(Key.function(1).label, "F1")
        XCTAssertEqual(Key.up.label, "↑")
    }

    func testHeadlessTerminalQueuesAndPresents() {
        let terminal = HeadlessTerminal(width: 8, height: 2)
        terminal.type("a\u{1B}[B中")
        XCTAssertEqual(terminal.readKey(timeoutMs: 0), .char("a"))
        XCTAssertEqual(terminal.readKey(timeoutMs: 0), .down)
        XCTAssertEqual(terminal.readKey(timeoutMs: 0), .char("中"))
        XCTAssertNil(terminal.readKey(timeoutMs: 0))
        let buffer = terminal.makeBuffer()
        buffer.put("评审", x: 0, y: 0)
        terminal.present(buffer)
        XCTAssertEqual(terminal.screenText, "评审\n")
        XCTAssertEqual(terminal.lastRuns.count, 2)
        buffer.put("!", x: 4, y: 0)
        terminal.present(buffer)
        XCTAssertEqual(terminal.lastRuns.count, 1)
        terminal.resize(to: Size(width: 10, height: 3))
        XCTAssertEqual(terminal.readKey(timeoutMs: nil), .resize)
        XCTAssertEqual(terminal.size, Size(width: 10, height: 3))
    }
}

/// Home/End/F1 as PuTTY, tmux and the Linux console send them, whatever TERM's terminfo lists.
final class ExtraKeySequenceTests: XCTestCase {
    func testTheHeadlessDecoderReadsEveryExtraSequence() {
        for (sequence, key) in ExtraKeySequences.table {
            XCTAssertEqual(ByteKeyDecoder.decode(ExtraKeySequences.bytes(sequence)), [key], sequence)
        }
    }

    /// Under TERM=xterm (what PuTTY claims), End from tmux or PuTTY (`ESC [4~`) must read as End,
    /// not as Esc — which would pop the screen — followed by "[4~".
    func testNcursesReadsPuttyHomeAndEndUnderXterm() throws {
        // ncurses decodes keys from any stream; a pipe stands in for the terminal's input.
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw XCTSkip("no pipe") }
        let master = fds[1]
        defer { close(master) }
        guard let input = fdopen(fds[0], "r"), let output = fopen("/dev/null", "w") else { return XCTFail("fdopen") }
        guard let screen = newterm("xterm", output, input) else { throw XCTSkip("no xterm terminfo") }
        defer { endwin(); delscreen(screen); fclose(input); fclose(output) }
        _ = set_term(screen)
        _ = keypad(jd_stdscr(), true)
        NcursesTerminal.defineExtraKeys()
        let bytes = Array(ExtraKeySequences.bytes("[4~").utf8) + Array(ExtraKeySequences.bytes("[1~").utf8)
            + Array(ExtraKeySequences.bytes("[11~").utf8)
        XCTAssertEqual(write(master, bytes, bytes.count), bytes.count)
        wtimeout(jd_stdscr(), 1000)
        var keys: [Key] = []
        for _ in 0..<3 {
            var value: wint_t = 0
            let status = wget_wch(jd_stdscr(), &value)
            keys.append(CursesKeyDecoder.decode(status: status, value: UInt32(value)) ?? .unknown)
        }
        XCTAssertEqual(keys, [.end, .home, .function(1)])
    }
}
