/// Text made safe to print on a terminal: every character that could drive the terminal or reorder
/// what is shown is replaced by a visible escape, so an imported name can neither retitle the
/// window (`ESC ] 0 ;…`), clear the screen (`ESC [2J`) nor flip a line with a bidi override.
///
/// Replaced: C0 controls (`\e`, `\t`, `\n`, `\r`, `\0`, others as `\u{7}`), DEL, C1 controls
/// (U+0080–009F, which some terminals read as CSI and OSC) and the bidirectional formatting
/// characters (U+061C, U+200E/F, U+202A–202E, U+2066–2069). Everything else — CJK, emoji with
/// their joiners and variation selectors, full-width forms — is kept as it is.
public enum TerminalSafeText {
    /// `text` with every unsafe character written as a visible escape.
    public static func escape(_ text: String) -> String {
        // Fast path: most names and numbers need nothing.
        if !text.unicodeScalars.contains(where: isUnsafe) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: visible(scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// The same, keeping line breaks and tabs: for whole messages of several lines that the program
    /// wrote itself, where only embedded values could carry an escape sequence.
    public static func escapeKeepingLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: "\t", omittingEmptySubsequences: false).map { escape(String($0)) }
                .joined(separator: "\t") }
            .joined(separator: "\n")
    }

    /// Whether the scalar must not reach a terminal as it is.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        switch v {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    private static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x1B: "\\e"
        case 0x09: "\\t"
        case 0x0A: "\\n"
        case 0x0D: "\\r"
        case 0x00: "\\0"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }
}
