/// A video's resolution as people write it ("1080p", "1920×1080", "4K", "高清"), read as the shorter side in pixels.
public enum VideoResolution {
    /// Named qualities as the Chinese platforms label them; 高清 is the notice's minimum (720p).
    private static let names: [(String, Int)] = [
        ("标清", 480), ("sd", 480), ("流畅", 360),
        ("高清", 720), ("hd", 720),
        ("全高清", 1080), ("超清", 1080), ("蓝光", 1080), ("fhd", 1080), ("fullhd", 1080),
        ("2k", 1440), ("qhd", 1440),
        ("4k", 2160), ("uhd", 2160), ("超高清", 2160),
        ("8k", 4320),
    ]

    /// Accepts "1080p", "720P", "1080", "1920x1080" (x, ×, *, X), "4K" and the Chinese quality names.
    public static func parse(_ text: String) throws(ValueProblem) -> Int {
        let t = HumanText.compact(text).lowercased()
        if t.isEmpty { throw ValueProblem.empty }
        for (name, pixels) in names where t == name { return pixels }
        var s = Substring(t)
        if s.hasSuffix("p") || s.hasSuffix("i") { s = s.dropLast() }
        if HumanText.isDigits(s), let v = Int(s), (100...10_000).contains(v) { return v }
        let sides = t.split(whereSeparator: { "x×*".contains($0) })
        if sides.count == 2, HumanText.isDigits(sides[0]), HumanText.isDigits(sides[1]),
           let w = Int(sides[0]), let h = Int(sides[1]), (100...20_000).contains(w), (100...20_000).contains(h) {
            return min(w, h)
        }
        throw ValueProblem(zh: "无法识别的分辨率：“\(text)”（可写 1080p、1920×1080、4K、高清）",
                           en: "unrecognised resolution: '\(text)' (write 1080p, 1920x1080, 4K or 高清)")
    }
}
