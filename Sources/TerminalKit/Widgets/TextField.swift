/// A one-line text editor with a cursor; accepts CJK from input methods; can mask its echo for PINs.
public struct TextField: FormField, Sendable {
    public private(set) var text: String
    /// Cursor position as a character (grapheme) index, 0…text.count.
    public private(set) var cursor: Int
    /// When true every character is echoed as `maskCharacter` (PIN entry).
    public var isMasked: Bool
    public var maskCharacter: Character = "•"
    /// Maximum number of characters, or nil for no limit.
    public var maxLength: Int?
    /// Shown dimmed while the field is empty.
    public var placeholder: String

    public init(text: String = "", isMasked: Bool = false, maxLength: Int? = nil, placeholder: String = "") {
        self.text = text
        cursor = text.count
        self.isMasked = isMasked
        self.maxLength = maxLength
        self.placeholder = placeholder
    }

    /// Replaces the text (e.g. when the app loads a saved value) and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        text = newText
        cursor = newText.count
    }

    public mutating func handle(_ key: Key) -> Bool {
        var characters = Array(text)
        switch key {
        case .char(let c):
            guard maxLength.map({ characters.count < $0 }) ?? true else { return true }
            characters.insert(c, at: cursor)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < characters.count else { return true }
            characters.remove(at: cursor)
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = characters.count
        case .ctrl("u"):
            characters.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            characters.removeLast(characters.count - cursor)
        default:
            return false
        }
        text = String(characters)
        return true
    }

    public func draw(into region: Region, focused: Bool, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let style = theme[focused ? .inputFocused : .input]
        region.fill(Rect(x: 0, y: 0, width: region.width, height: 1), style: style)
        if text.isEmpty && !placeholder.isEmpty {
            region.put(placeholder, x: 0, y: 0, style: style.adding(.dim), maxWidth: region.width)
        }
        let shown: [Character] = isMasked ? Array(repeating: maskCharacter, count: text.count) : Array(text)
        // Scroll horizontally so the cursor (and a cell for it) stays inside the field.
        var start = 0
        var widthToCursor = shown[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
        while start < cursor && widthToCursor >= region.width {
            widthToCursor -= DisplayWidth.of(shown[start])
            start += 1
        }
        region.put(String(shown[start...]), x: 0, y: 0, style: style, maxWidth: region.width)
        if focused { region.setCursor(x: widthToCursor, y: 0) }
    }
}
