/// Decodes raw terminal input bytes (escape sequences, control bytes, UTF-8) into keys.
///
/// Used by the headless terminal and tests; the ncurses terminal lets ncurses do this work and
/// uses `CursesKeyDecoder`. Feed bytes as they arrive: an incomplete sequence at the end is kept
/// until more bytes come or `flush()` is called (a lone ESC after the escape delay).
public struct ByteKeyDecoder: Sendable {
    private var pending: [UInt8] = []

    public init() {}

    /// Decodes a complete byte string in one go (a trailing lone ESC counts as Escape).
    public static func decode(_ bytes: [UInt8]) -> [Key] {
        var decoder = ByteKeyDecoder()
        return decoder.feed(bytes) + decoder.flush()
    }

    /// Decodes a string's UTF-8 bytes.
    public static func decode(_ text: String) -> [Key] { decode(Array(text.utf8)) }

    /// Adds bytes and returns every key now complete.
    public mutating func feed(_ bytes: [UInt8]) -> [Key] {
        pending.append(contentsOf: bytes)
        var keys: [Key] = []
        while let (key, used) = ByteKeyDecoder.decodeOne(pending[...], final: false) {
            keys.append(key)
            pending.removeFirst(used)
        }
        return keys
    }

    /// Treats whatever is pending as complete (call when no byte followed within the escape delay).
    public mutating func flush() -> [Key] {
        var keys: [Key] = []
        while !pending.isEmpty, let (key, used) = ByteKeyDecoder.decodeOne(pending[...], final: true) {
            keys.append(key)
            pending.removeFirst(used)
        }
        pending.removeAll()
        return keys
    }

    /// One key from the front of `bytes` and how many bytes it used; nil when more bytes are needed.
    static func decodeOne(_ bytes: ArraySlice<UInt8>, final: Bool) -> (Key, Int)? {
        guard let first = bytes.first else { return nil }
        if first == 27 { return decodeEscape(bytes, final: final) }
        if first < 32 || first == 127 { return (Key.fromControlByte(first), 1) }
        if first < 128 { return (.char(Character(Unicode.Scalar(first))), 1) }
        return decodeUTF8(bytes, final: final)
    }

    private static func decodeUTF8(_ bytes: ArraySlice<UInt8>, final: Bool) -> (Key, Int)? {
        guard let first = bytes.first else { return nil }
        let length = first >= 0xF0 ? 4 : first >= 0xE0 ? 3 : first >= 0xC0 ? 2 : 1
        if length == 1 { return (.unknown, 1) }
        guard bytes.count >= length else { return final ? (.unknown, bytes.count) : nil }
        let slice = Array(bytes.prefix(length))
        guard let text = String(validating: slice, as: UTF8.self), let character = text.first else { return (.unknown, 1) }
        return (.char(character), length)
    }

    private static func decodeEscape(_ bytes: ArraySlice<UInt8>, final: Bool) -> (Key, Int)? {
        let b = Array(bytes)
        guard b.count >= 2 else { return final ? (.escape, 1) : nil }
        switch b[1] {
        case UInt8(ascii: "["): return decodeCSI(b, final: final)
        case UInt8(ascii: "O"):
            guard b.count >= 3 else { return final ? (.escape, 1) : nil }
            let map: [UInt8: Key] = [
                UInt8(ascii: "A"): .up, UInt8(ascii: "B"): .down, UInt8(ascii: "C"): .right, UInt8(ascii: "D"): .left,
                UInt8(ascii: "H"): .home, UInt8(ascii: "F"): .end, UInt8(ascii: "M"): .enter,
                UInt8(ascii: "P"): .function(1), UInt8(ascii: "Q"): .function(2),
                UInt8(ascii: "R"): .function(3), UInt8(ascii: "S"): .function(4),
            ]
            return (map[b[2]] ?? .unknown, 3)
        case 27:
            return (.escape, 1)
        default:
            // ESC followed by an ordinary key (Alt-x): report Escape and let the key follow.
            return (.escape, 1)
        }
    }

    /// CSI: ESC [ parameters (digits and ';') final-byte.
    private static func decodeCSI(_ b: [UInt8], final: Bool) -> (Key, Int)? {
        if b.count >= 3, b[2] == UInt8(ascii: "[") {
            // The Linux console's F1…F5: ESC [ [ A … ESC [ [ E.
            guard b.count >= 4 else { return final ? (.unknown, b.count) : nil }
            let n = Int(b[3]) - Int(UInt8(ascii: "A")) + 1
            return ((1...5).contains(n) ? .function(n) : .unknown, 4)
        }
        var i = 2
        while i < b.count, (b[i] >= 0x30 && b[i] <= 0x3F) { i += 1 }
        guard i < b.count else { return final ? (.unknown, b.count) : nil }
        let params = String(decoding: b[2..<i], as: UTF8.self).split(separator: ";").compactMap { Int($0) }
        let used = i + 1
        switch b[i] {
        case UInt8(ascii: "A"): return (.up, used)
        case UInt8(ascii: "B"): return (.down, used)
        case UInt8(ascii: "C"): return (.right, used)
        case UInt8(ascii: "D"): return (.left, used)
        case UInt8(ascii: "H"): return (.home, used)
        case UInt8(ascii: "F"): return (.end, used)
        case UInt8(ascii: "Z"): return (.backTab, used)
        case UInt8(ascii: "P"): return (.function(1), used)
        case UInt8(ascii: "Q"): return (.function(2), used)
        case UInt8(ascii: "R"): return (.function(3), used)
        case UInt8(ascii: "S"): return (.function(4), used)
        case UInt8(ascii: "~"):
            let tilde: [Int: Key] = [
                1: .home, 2: .insert, 3: .delete, 4: .end, 5: .pageUp, 6: .pageDown, 7: .home, 8: .end,
                11: .function(1), 12: .function(2), 13: .function(3), 14: .function(4), 15: .function(5),
                17: .function(6), 18: .function(7), 19: .function(8), 20: .function(9), 21: .function(10),
                23: .function(11), 24: .function(12),
            ]
            return (params.first.flatMap { tilde[$0] } ?? .unknown, used)
        default:
            return (.unknown, used)
        }
    }
}
