/// Text in which every Unicode scalar is a grapheme cluster of its own, so it can be drawn scalar by
/// scalar without Swift's grapheme breaking: printable ASCII, the CJK ranges a contest's names,
/// units and headings are written in (ideographs, CJK and fullwidth punctuation), and the box and
/// bar characters of frames and charts. A scalar from anywhere else — a combining mark, a variation
/// selector, an emoji, Hangul, a control character — sends the whole text down the general path (by
/// grapheme cluster).
enum SimpleText {
    /// The display width of simple text in one pass, or nil when the text is not simple.
    static func width<S: StringProtocol>(of text: S) -> Int? {
        var total = 0
        for scalar in text.unicodeScalars {
            guard isSimple(scalar.value) else { return nil }
            total &+= DisplayWidth.of(scalar)
        }
        return total
    }

    @inline(__always)
    static func isSimple(_ v: UInt32) -> Bool {
        switch v {
        case 0x20...0x7E: true                // printable ASCII
        case 0x3000...0x3029, 0x3030...0x303F: true // CJK symbols and punctuation (not the tone marks 302A–302F)
        case 0x4E00...0x9FFF, 0x3400...0x4DBF: true // CJK unified ideographs and extension A
        case 0xFF01...0xFF60, 0xFFE0...0xFFE6: true // fullwidth forms
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7: true // dashes, quotes, ellipsis, middle dot
        case 0x2500...0x25FF: true            // box drawing, block elements (bars), geometric shapes (▲▼)
        default: false
        }
    }
}
