/// The one rounding rule for shown and exported scores: half away from zero to one decimal.
public enum ScoreRounding {
    /// The value in tenths (72.25 → 723). Binary noise is removed first by snapping to 1e-9, so a
    /// score that is 72.25 on paper is not rounded down because Double holds 72.249999….
    public static func tenths(_ value: Double) -> Int {
        let scaled = value * 10
        let cleaned = (scaled * 1e9).rounded() / 1e9
        return Int(cleaned.rounded(.toNearestOrAwayFromZero))
    }

    /// "72.3": the rounded value with exactly one decimal.
    public static func display(_ value: Double) -> String {
        let t = tenths(value)
        let sign = t < 0 ? "-" : ""
        return "\(sign)\(t.magnitude / 10).\(t.magnitude % 10)"
    }
}
