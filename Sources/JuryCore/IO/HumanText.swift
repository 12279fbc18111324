import Foundation

/// Normalises text as people type it in spreadsheets before it is parsed.
public enum HumanText {
    /// NFKC folds full-width digits, letters and punctuation (１２％，) to their ASCII forms, which
    /// Chinese input methods produce all the time; then surrounding whitespace goes.
    ///
    /// Most cells are ASCII or ASCII plus common CJK ideographs, which NFKC leaves as they are and
    /// whose only whitespace is ASCII: those are trimmed on their bytes, without Foundation (which
    /// took two fifths of a large import's time). Anything else takes the full Unicode path.
    public static func normalized(_ text: String) -> String {
        if let fast = fastTrimmed(text) { return fast }
        if let folded = foldedFullWidth(text) { return folded }
        return text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `normalized` with every inner whitespace removed too ("8 600" → "8600").
    public static func compact(_ text: String) -> String {
        if isNFKCStable(text) {
            let utf8 = text.utf8
            if !utf8.contains(where: isASCIIWhitespace) { return text }
            return String(decoding: utf8.filter { !isASCIIWhitespace($0) }, as: UTF8.self)
        }
        return String(normalized(text).unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }
            .map(Character.init))
    }

    /// Whether `normalized(text)` is non-empty, without building it for the common cells.
    public static func hasContent(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 < 0x80 && !isASCIIWhitespace($0) }) { return true }
        // An ideograph or a full-width form is content whatever NFKC makes of its neighbours.
        if text.unicodeScalars.contains(where: { isCJK($0.value) || (0xFF01...0xFF5E).contains($0.value) }) { return true }
        if text.utf8.isEmpty || text.utf8.allSatisfy(isASCIIWhitespace) { return false }
        return !normalized(text).isEmpty
    }

    /// The trimmed text when NFKC cannot change it; nil when the Unicode path is needed.
    static func fastTrimmed(_ text: String) -> String? {
        guard isNFKCStable(text) else { return nil }
        let utf8 = text.utf8
        guard let first = utf8.firstIndex(where: { !isASCIIWhitespace($0) }) else { return "" }
        // Non-empty after the first non-space byte, so a last one exists.
        let last = utf8.lastIndex(where: { !isASCIIWhitespace($0) }) ?? first
        if first == utf8.startIndex && last == utf8.index(before: utf8.endIndex) { return text }
        return String(text[first...last])
    }

    /// Text of ASCII, CJK ideographs and full-width ASCII forms (U+FF01–FF5E, which NFKC maps to
    /// U+0021–007E one for one, and which Chinese input methods produce), folded and trimmed; nil
    /// for anything else.
    static func foldedFullWidth(_ text: String) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let v = s.value
            if (0xFF01...0xFF5E).contains(v) {
                out.append(UInt8(v - 0xFEE0))
            } else if v < 0x80 || isCJK(v) {
                out.append(contentsOf: String(s).utf8)
            } else {
                return nil
            }
        }
        guard let first = out.firstIndex(where: { !isASCIIWhitespace($0) }),
              let last = out.lastIndex(where: { !isASCIIWhitespace($0) }) else { return "" }
        return String(decoding: out[first...last], as: UTF8.self)
    }

    @inline(__always) static func isCJK(_ v: UInt32) -> Bool { (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) }

    /// ASCII and the CJK ideograph blocks: NFKC maps each of these scalars to itself and none
    /// combines with a neighbour, so a string of only these is already normalised. (CJK
    /// compatibility ideographs, U+F900–, are outside these blocks and do change.)
    static func isNFKCStable(_ text: String) -> Bool {
        let utf8 = text.utf8
        if utf8.allSatisfy({ $0 < 0x80 }) { return true }
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 || isCJK(v) { continue }
            return false
        }
        return true
    }

    /// `text.lowercased()`, without Unicode case mapping when nothing in the text has a case: ASCII
    /// other than A–Z, and U+3000–U+9FFF (CJK punctuation, kana, ideographs), which a test checks
    /// scalar by scalar. An import lower-cases every entrant's search text, mostly Chinese.
    public static func lowercased(_ text: String) -> String {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v >= 0x41 && v <= 0x5A { return text.lowercased() }
            if v >= 0x80 && !(0x3000..<0xA000).contains(v) { return text.lowercased() }
        }
        return text
    }

    /// The ASCII bytes `CharacterSet.whitespacesAndNewlines` holds: tab, LF, VT, FF, CR and space.
    @inline(__always) static func isASCIIWhitespace(_ b: UInt8) -> Bool { b == 32 || (b >= 9 && b <= 13) }

    /// Whether a string is non-empty and only ASCII digits.
    static func isDigits(_ s: Substring) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    static func isDigits(_ s: String) -> Bool { isDigits(Substring(s)) }
}
