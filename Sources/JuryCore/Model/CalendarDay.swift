/// A calendar date that may be known only to the month ("2021年3月"), as people write account ages.
public struct CalendarDay: Hashable, Codable, Sendable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    /// nil when only the month is known.
    public var day: Int?

    public init(year: Int, month: Int, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// ISO form: 2021-03 or 2021-03-05.
    public var description: String {
        let ym = "\(year)-\(month < 10 ? "0" : "")\(month)"
        guard let day else { return ym }
        return ym + "-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day ?? 1) < (b.year, b.month, b.day ?? 1)
    }

    /// Whole months from `self` to `later` (a month-only date counts from its first day).
    public func months(until later: CalendarDay) -> Int {
        var m = (later.year - year) * 12 + (later.month - month)
        if let d = day, let ld = later.day, ld < d { m -= 1 }
        return m
    }
}
