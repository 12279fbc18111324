/// Excel's `_xHHHH_` escape for characters XML cannot carry (a tab in old files, control
/// characters); `_x005F_` escapes a literal underscore before `x`.
enum ExcelEscape {
    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var out = String.UnicodeScalarView()
        let s = Array(text.unicodeScalars)
        var i = 0
        while i < s.count {
            if s[i] == "_", i + 6 < s.count, s[i + 1] == "x", s[i + 6] == "_",
               let v = UInt32(String(String.UnicodeScalarView(s[(i + 2)..<(i + 6)])), radix: 16),
               let scalar = Unicode.Scalar(v) {
                out.append(scalar)
                i += 7
            } else {
                out.append(s[i])
                i += 1
            }
        }
        return String(out)
    }
}
