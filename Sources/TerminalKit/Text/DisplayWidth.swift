/// Terminal display width (in cells) of characters and strings, from TerminalKit's own Unicode table.
///
/// Widths are per grapheme cluster: a cluster is as wide as its base scalar, except that an emoji
/// presentation selector (U+FE0F) or a regional-indicator pair makes it two cells wide.
public enum DisplayWidth {
    /// Width of one Unicode scalar: 0 (control, mark, joiner), 1, or 2 (East Asian Wide/Fullwidth).
    @inline(__always)
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return 0 }
        if v < 0x300 { return 1 }
        // The CJK ideographs that fill a contest's names and units, answered without two binary
        // searches (both wide ranges of the table; `DisplayWidthTests` checks every scalar agrees).
        if (0x4E00...0xA48C).contains(v) || (0x3250...0x4DBF).contains(v) { return 2 }
        return fromTable(v)
    }

    /// The width the tables give a scalar from U+0300 on.
    static func fromTable(_ v: UInt32) -> Int {
        if UnicodeWidthTable.zero.contains(v) { return 0 }
        if UnicodeWidthTable.wide.contains(v) { return 2 }
        return 1
    }

    /// Width of one grapheme cluster as the terminal will draw it.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let base = of(first)
        if base != 1 || scalars.count == 1 { return base }
        // A narrow base turned into an emoji (❤️, flags) is drawn in two cells by terminals.
        let isRegionalIndicator = (0x1F1E6...0x1F1FF).contains(first.value)
        if isRegionalIndicator || scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
        return base
    }
}

extension StringProtocol {
    /// Number of terminal cells the text occupies (sum of its grapheme clusters' widths).
    public var displayWidth: Int {
        // ASCII and CJK text scalar by scalar: no grapheme breaking (see `SimpleText`).
        if let simple = SimpleText.width(of: self) { return simple }
        var total = 0
        for character in self { total += DisplayWidth.of(character) }
        return total
    }
}
