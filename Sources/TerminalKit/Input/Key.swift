/// A decoded key press (or a terminal resize), independent of ncurses.
///
/// Ctrl-C arrives as `.ctrl("c")`: the ncurses terminal runs in raw mode, so Ctrl-C is a key the
/// app can bind (e.g. "cancel"), not a signal that kills the process with the terminal in raw mode.
public enum Key: Sendable, Hashable {
    /// A printable character (letters, digits, CJK from an input method, space).
    case char(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete, insert
    /// Control plus a letter, lower-cased: Ctrl-A is `.ctrl("a")`. Ctrl-I, Ctrl-M/Ctrl-J and Ctrl-H are
    /// indistinguishable from Tab, Enter and Backspace on a terminal and arrive as those keys.
    case ctrl(Character)
    /// F1…F12 (and beyond, where the terminal reports them).
    case function(Int)
    /// The terminal changed size; re-query `Terminal.size` and redraw.
    case resize
    case unknown

    /// A short human label for help screens: "↑", "Enter", "Ctrl-S", "F1", "a".
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .ctrl(let c): return "Ctrl-\(String(c).uppercased())"
        case .function(let n): return "F\(n)"
        case .resize: return "Resize"
        case .unknown: return "?"
        }
    }

    /// The key for a C0 control byte or DEL (1…31, 127), following common terminal conventions.
    static func fromControlByte(_ byte: UInt8) -> Key {
        switch byte {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(byte + 96)))
        default: return .unknown
        }
    }
}
