import CNcursesw

/// Turns the result of ncurses `wget_wch` into a `Key`.
public enum CursesKeyDecoder {
    /// Decodes one `wget_wch` result: `status` is its return value (OK, KEY_CODE_YES or ERR), `value` the wide char or key code.
    public static func decode(status: Int32, value: UInt32) -> Key? {
        if status == jd_err() { return nil }
        if status == jd_key_code_yes() { return decodeFunctionKey(Int32(bitPattern: value)) }
        if value < 32 || value == 127 { return Key.fromControlByte(UInt8(value)) }
        guard let scalar = Unicode.Scalar(value) else { return .unknown }
        return .char(Character(scalar))
    }

    /// Maps an ncurses KEY_* code.
    public static func decodeFunctionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return .unknown
        }
    }

    /// The ncurses KEY_* code for a key (the inverse of `decodeFunctionKey`), for `define_key`.
    public static func keyCode(for key: Key) -> Int32? {
        switch key {
        case .up: KEY_UP
        case .down: KEY_DOWN
        case .left: KEY_LEFT
        case .right: KEY_RIGHT
        case .home: KEY_HOME
        case .end: KEY_END
        case .pageUp: KEY_PPAGE
        case .pageDown: KEY_NPAGE
        case .insert: KEY_IC
        case .delete: KEY_DC
        case .backTab: KEY_BTAB
        case .function(let n) where (1...63).contains(n): KEY_F0 + Int32(n)
        default: nil
        }
    }
}
