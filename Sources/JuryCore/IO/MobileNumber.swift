/// A mainland-China mobile number (11 digits, 1[3-9]…), read from how people write it.
public enum MobileNumber {
    /// Drops spaces, dashes and a +86/86 prefix; rejects anything that is not a mobile number.
    /// Spots Excel's scientific notation (1.38123E+10), the usual way a phone column gets ruined.
    public static func parse(_ text: String) throws(ValueProblem) -> String {
        var t = HumanText.compact(text).replacingOccurrences(of: "-", with: "")
        if t.isEmpty { throw ValueProblem.empty }
        if t.uppercased().contains("E+") {
            throw ValueProblem(zh: "手机号被 Excel 变成了科学计数法：“\(text)”。请把该列设为“文本”格式、重新填写后再导出",
                               en: "Excel turned the phone number into scientific notation: '\(text)'. Format the column as Text, re-enter and export again")
        }
        if t.hasPrefix("+86") { t.removeFirst(3) } else if t.hasPrefix("86") && t.count == 13 { t.removeFirst(2) }
        let bytes = Array(t.utf8)
        guard bytes.count == 11, HumanText.isDigits(t), bytes[0] == UInt8(ascii: "1"),
              (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(bytes[1]) else {
            throw ValueProblem(zh: "不是有效的 11 位手机号：“\(text)”", en: "not a valid 11-digit mainland mobile number: '\(text)'")
        }
        return t
    }
}
