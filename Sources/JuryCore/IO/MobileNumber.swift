/// A mainland-China mobile number (11 digits, 1[3-9]…), read from how people write it.
public enum MobileNumber {
    /// Drops spaces, dashes and a +86/86 prefix; rejects anything that is not a mobile number.
    /// Spots Excel's scientific notation (1.38123E+10), the usual way a phone column gets ruined.
    public static func parse(_ text: String) throws(ValueProblem) -> String {
        var t = HumanText.compact(text)
        // Dashes and the E+ test on bytes: both are ASCII, and Foundation's search was per row.
        if t.utf8.contains(UInt8(ascii: "-")) { t = String(decoding: t.utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self) }
        if t.isEmpty { throw ValueProblem.empty }
        let bytes = Array(t.utf8)
        if zip(bytes, bytes.dropFirst()).contains(where: { ($0 | 0x20) == UInt8(ascii: "e") && $1 == UInt8(ascii: "+") }) {
            throw ValueProblem(zh: "手机号被 Excel 变成了科学计数法：“\(text)”。请把该列设为“文本”格式、重新填写后再导出",
                               en: "Excel turned the phone number into scientific notation: '\(text)'. Format the column as Text, re-enter and export again")
        }
        if t.hasPrefix("+86") { t.removeFirst(3) } else if t.hasPrefix("86") && t.count == 13 { t.removeFirst(2) }
        guard t.utf8.count == 11, HumanText.isDigits(t), t.utf8.first == UInt8(ascii: "1"),
              (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(Array(t.utf8)[1]) else {
            throw ValueProblem(zh: "不是有效的 11 位手机号：“\(text)”", en: "not a valid 11-digit mainland mobile number: '\(text)'")
        }
        return t
    }
}
