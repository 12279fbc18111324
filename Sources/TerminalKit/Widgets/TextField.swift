/// A one-line text editor with a cursor; accepts CJK from input methods; can mask its echo for PINs.
///
/// Editing is by grapheme cluster (what a reader sees as one character): keys arrive one Unicode
/// scalar at a time, and a scalar such as U+FE0F, a skin-tone modifier, a joiner or a combining
/// accent merges with the cluster before it. So after every insertion the cursor is recomputed
/// from the text rather than counted from the keys, and it always sits on a cluster boundary.
public struct TextField: FormField, Sendable, Equatable {
    public private(set) var text: String
    /// Cursor position as a character (grapheme) index, 0…text.count.
    public private(set) var cursor: Int
    /// When true every character is echoed as `maskCharacter` (PIN entry).
    public var isMasked: Bool
    public var maskCharacter: Character = "•"
    /// Maximum number of characters (grapheme clusters), or nil for no limit.
    public var maxLength: Int?
    /// Shown dimmed while the field is empty.
    public var placeholder: String

    public init(text: String = "", isMasked: Bool = false, maxLength: Int? = nil, placeholder: String = "") {
        let clean = TextField.singleLine(text)
        self.text = clean
        cursor = clean.count
        self.isMasked = isMasked
        self.maxLength = maxLength
        self.placeholder = placeholder
    }

    /// Replaces the text (e.g. when the app loads a saved value) and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        text = TextField.singleLine(newText)
        cursor = text.count
    }

    /// Inserts text at the cursor (a paste, or one typed key); returns false when nothing fitted.
    ///
    /// Line breaks and tabs become spaces and other control characters are dropped, since the
    /// field is one line. With `maxLength`, clusters are inserted one by one while they fit.
    @discardableResult
    public mutating func insert(_ pasted: String) -> Bool {
        let clean = TextField.singleLine(pasted)
        guard !clean.isEmpty else { return false }
        var inserted = false
        for character in clean {
            if tryInsert(String(character)) { inserted = true }
        }
        return inserted
    }

    public mutating func handle(_ key: Key) -> Bool {
        var characters = Array(text)
        cursor = min(max(0, cursor), characters.count)
        switch key {
        case .char(let c):
            _ = insert(String(c))
            return true
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
        // Removing a cluster can let its neighbours merge (e.g. a base deleted before a stray
        // combining mark), so the cursor is re-derived from the rebuilt text.
        let head = String(characters[0..<cursor])
        setText(String(characters), cursorAfterPrefix: head)
        return true
    }

    /// Inserts `piece` at the cursor unless `maxLength` would be exceeded; true when inserted.
    private mutating func tryInsert(_ piece: String) -> Bool {
        let characters = Array(text)
        let at = min(max(0, cursor), characters.count)
        let head = String(characters[0..<at]) + piece
        let candidate = head + String(characters[at...])
        if let maxLength, candidate.count > maxLength { return false }
        setText(candidate, cursorAfterPrefix: head)
        return true
    }

    /// Sets the text and puts the cursor at the first cluster boundary at or after the end of `prefix`.
    private mutating func setText(_ newText: String, cursorAfterPrefix prefix: String) {
        text = newText
        let target = prefix.unicodeScalars.count
        var scalars = 0
        var index = 0
        for character in newText {
            if scalars >= target { break }
            scalars += character.unicodeScalars.count
            index += 1
        }
        cursor = index
    }

    /// The text as one line: newlines and tabs become spaces, other control characters go.
    static func singleLine(_ text: String) -> String {
        var result = ""
        for character in text {
            if character.isNewline || character == "\t" {
                result.append(" ")
            } else if character.unicodeScalars.allSatisfy({ $0.value < 0x20 || ($0.value >= 0x7F && $0.value < 0xA0) }) {
                continue
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The characters as drawn (masked or not), and the cell the cursor is in, for a field `width` cells wide.
    ///
    /// Scrolls horizontally so the cursor (and a cell for it) stays inside the field.
    func visibleText(width: Int) -> (text: String, cursorX: Int) {
        let shown: [Character] = isMasked ? Array(repeating: maskCharacter, count: text.count) : Array(text)
        let at = min(max(0, cursor), shown.count)
        var start = 0
        var widthToCursor = shown[0..<at].reduce(0) { $0 + DisplayWidth.of($1) }
        while start < at && widthToCursor >= width {
            widthToCursor -= DisplayWidth.of(shown[start])
            start += 1
        }
        var visible = ""
        var used = 0
        for character in shown[start...] {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            visible.append(character)
            used += w
        }
        return (visible, min(widthToCursor, max(0, width - 1)))
    }

    public func draw(into region: Region, focused: Bool, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let style = theme[focused ? .inputFocused : .input]
        region.fill(Rect(x: 0, y: 0, width: region.width, height: 1), style: style)
        if text.isEmpty && !placeholder.isEmpty {
            region.put(placeholder, x: 0, y: 0, style: style.adding(.dim), maxWidth: region.width)
        }
        let (visible, cursorX) = visibleText(width: region.width)
        region.put(visible, x: 0, y: 0, style: style, maxWidth: region.width)
        if focused { region.setCursor(x: cursorX, y: 0) }
    }
}
