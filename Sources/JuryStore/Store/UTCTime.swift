import Foundation

/// Times as the store keeps them: UTC ISO-8601 text with milliseconds, which also sorts correctly.
public enum UTCTime {
    public static func format(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// Parses text written by `format`, or the same without fractional seconds.
    public static func parse(_ text: String) -> Date? {
        if let d = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)) {
            return d
        }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
