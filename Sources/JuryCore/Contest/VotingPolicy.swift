import Foundation

/// How judges' scores are aggregated and how the public vote is blended into the combined score.
public struct VotingPolicy: Hashable, Codable, Sendable {
    /// How raw vote counts become a 0–100 score.
    public enum Normalization: String, Codable, CaseIterable, Sendable {
        /// (v − min) / (max − min).
        case linear
        /// Min-max over log1p(v), so a few viral accounts do not flatten everyone else.
        case logarithmic
        /// Percentile of the entrant's rank; ties share the mean of their positions.
        case rank
    }

    /// How several judges' totals become one jury score.
    public enum Aggregation: String, Codable, CaseIterable, Sendable {
        case mean, trimmedMean, median
    }

    /// Share of the public vote in the combined score, 0...1; the jury gets 1 − weight.
    public var weight: Double
    public var normalization: Normalization
    public var aggregation: Aggregation
    /// Fraction of judges dropped at each end by the trimmed mean, 0 ≤ f < 0.5.
    public var trimmedFraction: Double
    public var note: LocalizedText?

    public init(weight: Double, normalization: Normalization, aggregation: Aggregation,
                trimmedFraction: Double, note: LocalizedText? = nil) {
        self.weight = weight
        self.normalization = normalization
        self.aggregation = aggregation
        self.trimmedFraction = trimmedFraction
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case weight, normalization, aggregation, trimmedFraction, note }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        // Read as Decimal so 0.2 is the decimal the author wrote before it becomes a Double.
        weight = NSDecimalNumber(decimal: try c.decode(Decimal.self, forKey: .weight)).doubleValue
        normalization = try c.choice(Normalization.self, .normalization)
        aggregation = try c.choice(Aggregation.self, .aggregation)
        trimmedFraction = NSDecimalNumber(decimal: try c.decode(Decimal.self, forKey: .trimmedFraction)).doubleValue
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
    }
}
