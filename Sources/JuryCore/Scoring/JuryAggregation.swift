/// Combines several judges' values (totals or one criterion) into one, by the definition's method.
public enum JuryAggregation {
    /// nil for no values. Works in Double; nothing is rounded here.
    public static func aggregate(_ values: [Double], method: VotingPolicy.Aggregation, trimmedFraction: Double) -> Double? {
        switch method {
        case .mean: mean(values)
        case .median: median(values)
        case .trimmedMean: trimmedMean(values, fraction: trimmedFraction)
        }
    }

    public static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The middle value, or the mean of the two middle values for an even count.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let mid = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
    }

    /// Drops ⌊n × fraction⌋ values from each end, then averages. Flooring keeps small panels whole:
    /// with a 0.2 fraction, 5 judges lose one at each end and 4 judges lose none.
    public static func trimmedMean(_ values: [Double], fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let clamped = min(max(fraction, 0), 0.499_999)
        let drop = Int((Double(sorted.count) * clamped).rounded(.down))
        return mean(Array(sorted[drop..<(sorted.count - drop)]))
    }
}
