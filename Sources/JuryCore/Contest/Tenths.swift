import Foundation

/// A score in integer tenths of a point (4.5 points → 45), so sums and comparisons are exact.
public struct Tenths: RawRepresentable, Hashable, Comparable, Codable, Sendable, CustomStringConvertible,
    ExpressibleByIntegerLiteral {
    /// The score times ten.
    public var rawValue: Int

    public init(rawValue: Int) { self.rawValue = rawValue }
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public init(integerLiteral value: Int) { self.rawValue = value }

    /// Whole points (10 → 100 tenths).
    public static func points(_ whole: Int) -> Tenths { Tenths(whole * 10) }

    /// Converts a decimal number of points exactly; nil when it has finer precision than a tenth
    /// (0.05) or does not fit, so a definition file can never carry a silently rounded step.
    public init?(exactly points: Decimal) {
        var scaled = points * 10
        var rounded = Decimal()
        NSDecimalRound(&rounded, &scaled, 0, .plain)
        guard rounded == scaled, !scaled.isNaN,
              scaled <= Decimal(Int32.max), scaled >= Decimal(Int32.min) else { return nil }
        self.rawValue = NSDecimalNumber(decimal: rounded).intValue
    }

    /// The points as a Decimal (exact), used when writing a definition back to JSON.
    public var decimalPoints: Decimal { Decimal(rawValue) / 10 }

    /// The points as a Double, for aggregation.
    public var points: Double { Double(rawValue) / 10 }

    /// "4.5", "10", "-0.5": the points with a decimal only when needed.
    public var description: String {
        let sign = rawValue < 0 ? "-" : ""
        let magnitude = rawValue.magnitude
        let whole = magnitude / 10, tenth = magnitude % 10
        return tenth == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(tenth)"
    }

    public static func < (a: Tenths, b: Tenths) -> Bool { a.rawValue < b.rawValue }
    public static func + (a: Tenths, b: Tenths) -> Tenths { Tenths(a.rawValue + b.rawValue) }
    public static let zero = Tenths(0)

    // Stored as the bare integer of tenths (45), which is what score sheets and the database hold.
    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(Int.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
