import Foundation

/// Times as the store keeps them: UTC ISO-8601 text with milliseconds, which also sorts correctly.
public enum UTCTime {
    public static func format(_ date: Date) -> String {
        civil(date) ?? date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt))
    }

    /// The same text worked out by hand for years 1970–9999 (every write stamps one; the format
    /// style was a twentieth of a score submit): days to a civil date as in Howard Hinnant's
    /// `civil_from_days`, milliseconds cut off as Foundation cuts them.
    static func civil(_ date: Date) -> String? {
        let t = date.timeIntervalSince1970
        guard t >= 0, t < 253_402_300_800 else { return nil }
        let whole = t.rounded(.down)
        let millisecond = min(999, Int((t - whole) * 1000))
        let seconds = Int64(whole)
        let days = seconds / 86_400, secondOfDay = Int(seconds % 86_400)
        let z = days + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let m = (5 * dayOfYear + 2) / 153
        let day = Int(dayOfYear - (153 * m + 2) / 5 + 1)
        let month = Int(m < 10 ? m + 3 : m - 9)
        let year = Int(yearOfEra + era * 400) + (month <= 2 ? 1 : 0)
        return String(unsafeUninitializedCapacity: 24) { out in
            func put(_ value: Int, at start: Int, digits: Int) {
                var v = value
                for i in stride(from: start + digits - 1, through: start, by: -1) {
                    out[i] = UInt8(48 + v % 10)
                    v /= 10
                }
            }
            put(year, at: 0, digits: 4); out[4] = 0x2D
            put(month, at: 5, digits: 2); out[7] = 0x2D
            put(day, at: 8, digits: 2); out[10] = 0x54 // T
            put(secondOfDay / 3600, at: 11, digits: 2); out[13] = 0x3A
            put(secondOfDay / 60 % 60, at: 14, digits: 2); out[16] = 0x3A
            put(secondOfDay % 60, at: 17, digits: 2); out[19] = 0x2E
            put(millisecond, at: 20, digits: 3); out[23] = 0x5A // Z
            return 24
        }
    }

    /// Parses text written by `format`, or the same without fractional seconds.
    public static func parse(_ text: String) -> Date? {
        if let d = try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)) {
            return d
        }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(timeZone: .gmt))
    }
}
