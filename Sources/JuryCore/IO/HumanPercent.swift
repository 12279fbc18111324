/// A share as people write it ("65%", "0.65", "65", "６５％"), read as percent 0...100.
public enum HumanPercent {
    /// "0.65" and "1.0" are fractions (a spreadsheet's percent cell exported raw); a whole number
    /// without a sign is already a percent, because nobody writes an original share of 1%.
    public static func parse(_ text: String) throws(ValueProblem) -> Double {
        var t = HumanText.compact(text)
        if t.isEmpty { throw ValueProblem.empty }
        var explicit = false
        if t.hasSuffix("%") { t.removeLast(); explicit = true }
        if t.hasPrefix("百分之") { t.removeFirst(3); explicit = true }
        guard !t.isEmpty, t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              t.filter({ $0 == "." }).count <= 1, let number = Double(t) else {
            throw ValueProblem(zh: "不是百分比：“\(text)”（可写 65%、0.65 或 65）",
                               en: "not a percentage: '\(text)' (write 65%, 0.65 or 65)")
        }
        let percent = (!explicit && t.utf8.contains(UInt8(ascii: ".")) && number <= 1) ? number * 100 : number
        guard (0...100).contains(percent) else {
            throw ValueProblem(zh: "百分比应在 0 到 100 之间：“\(text)”",
                               en: "a percentage must be between 0 and 100: '\(text)'")
        }
        return percent
    }

    /// The percent rounded half up to a whole number, as `Account.originalPercent` keeps it.
    public static func whole(_ text: String) throws(ValueProblem) -> Int {
        Int((try parse(text) + 0.5).rounded(.down))
    }
}
