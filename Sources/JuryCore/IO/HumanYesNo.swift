/// A yes/no answer as people fill it in (是/否, yes/no, Y/N, 1/0, √/×).
public enum HumanYesNo {
    private static let yes: Set<String> = ["是", "yes", "y", "1", "√", "✓", "✔", "true", "t", "有", "对", "已", "会员", "是的"]
    private static let no: Set<String> = ["否", "no", "n", "0", "×", "x", "✗", "✘", "false", "f", "无", "不是", "没有", "未", "非会员"]

    public static func parse(_ text: String) throws(ValueProblem) -> Bool {
        let t = HumanText.compact(text).lowercased()
        if t.isEmpty { throw ValueProblem.empty }
        if yes.contains(t) { return true }
        if no.contains(t) { return false }
        throw ValueProblem(zh: "应填“是”或“否”：“\(text)”", en: "expected yes or no: '\(text)'")
    }
}
