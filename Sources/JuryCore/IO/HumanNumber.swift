import Foundation

/// A count as people write it ("1.2万", "12,000", "10万+", "１２０００"), read into an integer.
public struct HumanNumber: Hashable, Sendable {
    public var value: Int
    /// True when the text gave only a lower bound ("10万+", "1万以上"): platforms show big counts so.
    public var isLowerBound: Bool

    public init(value: Int, isLowerBound: Bool = false) {
        self.value = value
        self.isLowerBound = isLowerBound
    }

    /// Words people append to a count that carry no number ("1.5万人", "8600粉").
    private static let unitWords = ["粉丝", "人次", "人", "粉", "票", "次", "个"]
    private static let lowerBoundMarks = ["以上", "多", "余", "+"]
    private static let strippable = unitWords + lowerBoundMarks

    /// Parses a non-negative count; rejects fractions of one, negative numbers and garbage.
    public static func parse(_ text: String) throws(ValueProblem) -> HumanNumber {
        // Plain digits, the common cell: the answer the general path gives, without its copies and splits.
        let utf8 = text.utf8
        if !utf8.isEmpty, utf8.count <= 18, utf8.allSatisfy({ $0 &- 0x30 < 10 }), let value = Int(text) {
            return HumanNumber(value: value)
        }
        var t = HumanText.compact(text)
        if t.isEmpty { throw ValueProblem.empty }
        var lowerBound = false
        var stripped = true
        while stripped {
            stripped = false
            // A plain number ends in a digit: nothing to strip, and no suffix tests per row.
            if let last = t.utf8.last, last >= 48, last <= 57 { break }
            for w in strippable where t.hasSuffix(w) && t.count > w.count {
                if lowerBoundMarks.contains(w) { lowerBound = true }
                t.removeLast(w.count)
                stripped = true
            }
        }
        // Multipliers multiply when stacked, so 千万 = 10^7 and 百万 = 10^6.
        var multiplier = 1
        var sawMultiplier = false
        while let last = t.last, let m = multiplierValue(last) {
            let (product, overflow) = multiplier.multipliedReportingOverflow(by: m)
            if overflow { throw tooLarge }
            multiplier = product
            sawMultiplier = true
            t.removeLast()
        }
        guard !t.isEmpty else { throw garbage(text) }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw garbage(text) }
        let integerPart = try digitsRemovingGrouping(parts[0], original: text)
        let fraction = parts.count == 2 ? parts[1] : ""
        if parts.count == 2 && !HumanText.isDigits(fraction) { throw garbage(text) }
        if !fraction.isEmpty && !sawMultiplier && fraction.contains(where: { $0 != "0" }) {
            throw ValueProblem(zh: "人数必须是整数：“\(text)”", en: "a count must be a whole number: '\(text)'")
        }
        guard fraction.count <= 9, integerPart.count <= 18,
              let whole = Int(integerPart), let frac = Int(fraction.isEmpty ? "0" : fraction) else { throw tooLarge }
        var scale = 1
        for _ in 0..<fraction.count { scale *= 10 }
        // Exact integer arithmetic: 1.2万 must be 12000, never 11999.999.
        let (wholeScaled, o1) = whole.multipliedReportingOverflow(by: multiplier)
        let (fracScaled, o2) = frac.multipliedReportingOverflow(by: multiplier)
        if o1 || o2 { throw tooLarge }
        let rounded = (fracScaled + scale / 2) / scale
        let (sum, o3) = wholeScaled.addingReportingOverflow(rounded)
        if o3 { throw tooLarge }
        return HumanNumber(value: sum, isLowerBound: lowerBound)
    }

    /// Just the integer, for callers that ignore the lower-bound mark.
    public static func integer(_ text: String) throws(ValueProblem) -> Int { try parse(text).value }

    private static func multiplierValue(_ c: Character) -> Int? {
        switch c {
        case "万", "w", "W": 10_000
        case "亿": 100_000_000
        case "千", "k", "K": 1_000
        case "百": 100
        case "m", "M": 1_000_000
        default: nil
        }
    }

    /// Accepts "12000" and "12,000" but not "1,20,00": a misplaced separator is more likely a typo
    /// than a number, and we would rather ask than guess.
    private static func digitsRemovingGrouping(_ s: Substring, original: String) throws(ValueProblem) -> String {
        if s.hasPrefix("-") {
            throw ValueProblem(zh: "人数不能为负：“\(original)”", en: "a count cannot be negative: '\(original)'")
        }
        // On the bytes: Substring.contains(String) is Foundation's search, a visible cost per row.
        guard s.utf8.contains(UInt8(ascii: ",")) else {
            guard HumanText.isDigits(s) else { throw garbage(original) }
            return String(s)
        }
        let groups = s.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count), HumanText.isDigits(first),
              groups.dropFirst().allSatisfy({ $0.count == 3 && HumanText.isDigits($0) }) else {
            throw ValueProblem(zh: "千位分隔符位置不对：“\(original)”",
                               en: "thousands separators are misplaced: '\(original)'")
        }
        return groups.joined()
    }

    private static func garbage(_ text: String) -> ValueProblem {
        ValueProblem(zh: "不是数字：“\(text)”（可写 12000、12,000、1.2万、10万+）",
                     en: "not a number: '\(text)' (write 12000, 12,000, 1.2万 or 10万+)")
    }

    private static let tooLarge = ValueProblem(zh: "数字太大", en: "the number is too large")
}

extension HumanNumber {
    /// How counts are shown. zh: below 10,000 with separators (8,600), then 万 with at most one decimal
    /// (1.2万, 105万, 102.3万), then 亿. en: 8,600 below 10,000, then K, M and B rounded (half up) to three
    /// significant digits, trailing zeros dropped (12.3K, 102K, 1.05M, 3.46B; 999,500 is 1M) — short
    /// forms because they sit in narrow table columns, yet as precise as the Chinese ones to a few parts
    /// in a thousand.
    public static func format(_ value: Int, chinese: Bool) -> String {
        let sign = value < 0 ? "-" : ""
        let v = value.magnitude
        if v < 10_000 { return sign + grouped(v) }
        if chinese {
            if v < 100_000_000 { return sign + oneDecimal(v, unit: 10_000) + "万" }
            return sign + oneDecimal(v, unit: 100_000_000) + "亿"
        }
        let units: [(UInt, String)] = [(1_000, "K"), (1_000_000, "M"), (1_000_000_000, "B")]
        var index = v < 1_000_000 ? 0 : v < 1_000_000_000 ? 1 : 2
        while true {
            let (unit, suffix) = units[index]
            let shown = threeSignificant(v, unit: unit)
            // 999,500 rounds to "1000K": say it with the next unit instead.
            if shown.hasPrefix("1000"), index + 1 < units.count, !shown.contains(".") {
                index += 1
                continue
            }
            return sign + shown + suffix
        }
    }

    /// `v / unit` rounded half up to three significant digits (more when the whole part has more),
    /// without trailing zeros after the point.
    private static func threeSignificant(_ v: UInt, unit: UInt) -> String {
        let wholeDigits = String(v / unit).count
        let decimals = max(0, 3 - wholeDigits)
        var scale: UInt = 1
        for _ in 0..<decimals { scale *= 10 }
        // v < 100 × unit whenever decimals > 0, so v × scale cannot overflow.
        let scaled = (v * scale + unit / 2) / unit
        let whole = scaled / scale
        guard decimals > 0 else { return "\(whole)" }
        var fraction = String(scaled % scale)
        fraction = String(repeating: "0", count: decimals - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return fraction.isEmpty ? "\(whole)" : "\(whole).\(fraction)"
    }

    /// "12,000": full digits with thousands separators, for exports and detail views.
    public static func grouped(_ value: Int) -> String {
        (value < 0 ? "-" : "") + grouped(value.magnitude)
    }

    private static func grouped(_ v: UInt) -> String {
        let digits = Array(String(v))
        var out = ""
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    /// Rounds half up to tenths of `unit` and drops a trailing ".0".
    private static func oneDecimal(_ v: UInt, unit: UInt) -> String {
        let tenths = (v * 10 + unit / 2) / unit
        let whole = tenths / 10, rest = tenths % 10
        return rest == 0 ? "\(whole)" : "\(whole).\(rest)"
    }
}
