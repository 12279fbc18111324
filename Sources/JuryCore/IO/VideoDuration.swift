/// A video's length as people write it ("2:45", "165", "165s", "2分45秒", "3分钟"), read in seconds.
public enum VideoDuration {
    /// Bare numbers are seconds; "m:ss" and "h:mm:ss" clock forms; Chinese and English unit forms.
    public static func parse(_ text: String) throws(ValueProblem) -> Int {
        let t = HumanText.compact(text).lowercased()
        if t.isEmpty { throw ValueProblem.empty }
        if t.utf8.contains(UInt8(ascii: ":")) { return try clock(t, original: text) }
        if let s = plainSeconds(t) { return s }
        // Unit form: a run of (number, unit) pairs such as 1小时2分3秒, 2m45s, 3分钟, 2'45".
        var total = 0
        var number = ""
        var sawUnit = false
        var rest = Substring(t)
        while let c = rest.first {
            if c.isASCII && c.isNumber {
                number.append(c)
                rest.removeFirst()
                continue
            }
            guard !number.isEmpty, let n = Int(number), let (unitSeconds, length) = unit(at: rest) else {
                throw malformed(text)
            }
            total += n * unitSeconds
            number = ""
            sawUnit = true
            rest.removeFirst(length)
        }
        guard sawUnit, number.isEmpty else { throw malformed(text) }
        return total
    }

    /// "165", "165.4", "165s" and "165秒": seconds, rounded half up (media tools print decimals).
    private static func plainSeconds(_ t: String) -> Int? {
        var s = Substring(t)
        for suffix in ["秒钟", "秒", "sec", "s"] where s.hasSuffix(suffix) {
            s = s.dropLast(suffix.count)
            break
        }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }),
              s.filter({ $0 == "." }).count <= 1, s.first != ".", let v = Double(s), v < 1_000_000 else { return nil }
        return Int((v + 0.5).rounded(.down))
    }

    private static func clock(_ t: String, original: String) throws(ValueProblem) -> Int {
        let fields = t.split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(fields.count), fields.allSatisfy({ HumanText.isDigits($0) }),
              fields.dropFirst().allSatisfy({ $0.count == 2 }) else { throw malformed(original) }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count, numbers.dropFirst().allSatisfy({ $0 < 60 }) else {
            throw ValueProblem(zh: "分或秒不能超过 59：“\(original)”", en: "minutes and seconds must be below 60: '\(original)'")
        }
        return numbers.reduce(0) { $0 * 60 + $1 }
    }

    private static let units: [(String, Int)] = [
        ("小时", 3600), ("时", 3600), ("hours", 3600), ("hour", 3600), ("h", 3600),
        ("分钟", 60), ("分", 60), ("minutes", 60), ("minute", 60), ("min", 60), ("m", 60), ("'", 60),
        ("秒钟", 1), ("秒", 1), ("seconds", 1), ("second", 1), ("sec", 1), ("s", 1), ("\"", 1),
    ]

    private static func unit(at s: Substring) -> (Int, Int)? {
        for (name, seconds) in units where s.hasPrefix(name) { return (seconds, name.count) }
        return nil
    }

    /// "2:45" for display.
    public static func format(_ seconds: Int) -> String {
        let s = max(0, seconds)
        let (h, m, sec) = (s / 3600, s / 60 % 60, s % 60)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return h > 0 ? "\(h):\(two(m)):\(two(sec))" : "\(m):\(two(sec))"
    }

    private static func malformed(_ text: String) -> ValueProblem {
        ValueProblem(zh: "无法识别的时长：“\(text)”（可写 2:45、165、165秒、2分45秒）",
                     en: "unrecognised duration: '\(text)' (write 2:45, 165, 165s or 2分45秒)")
    }
}
