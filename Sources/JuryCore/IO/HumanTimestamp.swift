import Foundation

/// Moments as people and platforms write them, read in a given time zone and written back as UTC ISO-8601.
public enum HumanTimestamp {
    /// The contest's zone; a timestamp without an explicit zone is read in it.
    public static let defaultTimeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current

    /// Accepts "2023-08-15 14:03", "2023/8/15 14:03:22", "2023年8月15日 14:03", ISO-8601 with 'T'
    /// and a zone ("…T06:03:22Z", "…+08:00"), and a bare date (midnight). An explicit zone wins over
    /// `timeZone`.
    public static func parse(_ text: String, timeZone: TimeZone = defaultTimeZone) throws(ValueProblem) -> Date {
        if let fast = parseCommon(text, timeZone: timeZone) { return fast }
        var t = HumanText.normalized(text)
        if t.isEmpty { throw ValueProblem.empty }
        var zoneOffset: Int?
        if t.hasSuffix("Z") || t.hasSuffix("z") {
            zoneOffset = 0
            t.removeLast()
        } else if let (offset, rest) = splitZone(t) {
            zoneOffset = offset
            t = rest
        }
        let split = t.firstIndex(where: { $0 == "T" || $0 == " " })
        let datePart = split.map { String(t[..<$0]) } ?? t
        let timePart = split.map { String(t[t.index(after: $0)...]).trimmingCharacters(in: .whitespaces) } ?? ""
        let day: CalendarDay
        do { day = try HumanDate.parse(datePart) } catch { throw malformed(text) }
        guard let d = day.day else { throw malformed(text) }
        var hour = 0, minute = 0, second = 0, nanos = 0
        if !timePart.isEmpty {
            let fields = timePart.split(separator: ":", omittingEmptySubsequences: false)
            guard (2...3).contains(fields.count), let h = Int(fields[0]), let m = Int(fields[1]),
                  fields[0].count <= 2, fields[1].count == 2 else { throw malformed(text) }
            hour = h
            minute = m
            if fields.count == 3 {
                let secParts = fields[2].split(separator: ".", omittingEmptySubsequences: false)
                guard secParts[0].count == 2, let s = Int(secParts[0]), secParts.count <= 2 else { throw malformed(text) }
                second = s
                if secParts.count == 2 {
                    let frac = secParts[1].prefix(9)
                    guard HumanText.isDigits(frac), let f = Int(frac.padding(toLength: 9, withPad: "0", startingAt: 0)) else {
                        throw malformed(text)
                    }
                    nanos = f
                }
            }
            guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else {
                throw ValueProblem(zh: "时间不存在：“\(text)”", en: "no such time of day: '\(text)'")
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zoneOffset.flatMap { TimeZone(secondsFromGMT: $0) } ?? timeZone
        let components = DateComponents(year: day.year, month: day.month, day: d, hour: hour, minute: minute,
                                        second: second, nanosecond: nanos)
        guard let date = calendar.date(from: components) else { throw malformed(text) }
        return date
    }

    /// The form nearly every export uses — ASCII "2023-08-15 14:03[:22]" ('/' or '-', ' ' or 'T', no
    /// zone, no fraction) — read from its bytes without Foundation's Calendar, which took a fifth of
    /// a large import. nil for anything else, for an invalid value (the full parser words the
    /// problem), and near a change of the zone's offset (the Calendar decides gaps and overlaps).
    static func parseCommon(_ text: String, timeZone: TimeZone) -> Date? {
        var utf8 = text.utf8[...]
        while let f = utf8.first, HumanText.isASCIIWhitespace(f) { utf8 = utf8.dropFirst() }
        while let l = utf8.last, HumanText.isASCIIWhitespace(l) { utf8 = utf8.dropLast() }
        var i = utf8.startIndex
        // Reads 1...max digits; nil when there are none or more.
        func number(max: Int, exactly: Int? = nil) -> Int? {
            var value = 0, count = 0
            while i < utf8.endIndex, count <= max {
                let b = utf8[i]
                guard b >= 48 && b <= 57 else { break }
                value = value * 10 + Int(b - 48)
                count += 1
                i = utf8.index(after: i)
            }
            guard count >= 1, count <= max, exactly.map({ $0 == count }) ?? true else { return nil }
            return value
        }
        func skip(_ allowed: (UInt8) -> Bool) -> UInt8? {
            guard i < utf8.endIndex, allowed(utf8[i]) else { return nil }
            defer { i = utf8.index(after: i) }
            return utf8[i]
        }
        guard let year = number(max: 4, exactly: 4), let sep = skip({ $0 == 0x2D || $0 == 0x2F }),
              let month = number(max: 2), skip({ $0 == sep }) != nil, let day = number(max: 2),
              skip({ $0 == 0x20 || $0 == 0x54 }) != nil,
              let hour = number(max: 2), skip({ $0 == 0x3A }) != nil, let minute = number(max: 2, exactly: 2) else { return nil }
        var second = 0
        if skip({ $0 == 0x3A }) != nil {
            guard let s = number(max: 2, exactly: 2) else { return nil }
            second = s
        }
        guard i == utf8.endIndex, (1900...2100).contains(year), (1...12).contains(month),
              (1...HumanDate.daysIn(month: month, year: year)).contains(day),
              hour < 24, minute < 60, second < 60 else { return nil }
        let local = HumanDate.daysSinceEpoch(year: year, month: month, day: day) * 86_400 + hour * 3600 + minute * 60 + second
        // The same offset a day either side: no transition near, so the local time has exactly one reading.
        let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local - 86_400 * 2)))
        let after = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local + 86_400 * 2)))
        guard before == after else { return nil }
        return Date(timeIntervalSince1970: Double(local - before))
    }

    /// "2023-08-15T06:03:22Z": how times are stored and exported.
    public static func isoUTC(_ date: Date) -> String {
        let c = components(date, in: TimeZone(secondsFromGMT: 0) ?? defaultTimeZone)
        return "\(c.date)T\(c.time)Z"
    }

    /// "2023-08-15 14:03:22" in the given zone: how times are shown.
    public static func display(_ date: Date, timeZone: TimeZone = defaultTimeZone) -> String {
        let c = components(date, in: timeZone)
        return "\(c.date) \(c.time)"
    }

    private static func components(_ date: Date, in zone: TimeZone) -> (date: String, time: String) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        // Whole seconds: sub-second precision is noise for vote snapshots and sign-up times.
        let whole = Date(timeIntervalSince1970: (date.timeIntervalSince1970).rounded(.down))
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: whole)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        return ("\(c.year ?? 0)-\(two(c.month))-\(two(c.day))", "\(two(c.hour)):\(two(c.minute)):\(two(c.second))")
    }

    /// Splits a trailing "+08:00", "+0800" or "-05" zone off the text, only after a time part.
    private static func splitZone(_ t: String) -> (Int, String)? {
        guard let tIndex = t.firstIndex(where: { $0 == "T" || $0 == " " }),
              let signIndex = t[tIndex...].lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let zone = t[t.index(after: signIndex)...].replacingOccurrences(of: ":", with: "")
        guard HumanText.isDigits(zone), zone.count == 2 || zone.count == 4,
              let hh = Int(zone.prefix(2)), let mm = Int(zone.dropFirst(2).isEmpty ? "0" : String(zone.dropFirst(2))),
              hh <= 14, mm < 60 else { return nil }
        let sign = t[signIndex] == "-" ? -1 : 1
        return (sign * (hh * 3600 + mm * 60), String(t[..<signIndex]).trimmingCharacters(in: .whitespaces))
    }

    private static func malformed(_ text: String) -> ValueProblem {
        ValueProblem(zh: "无法识别的时间：“\(text)”（可写 2023-08-15 14:03 或 2023-08-15T14:03:00+08:00）",
                     en: "unrecognised time: '\(text)' (write 2023-08-15 14:03 or 2023-08-15T14:03:00+08:00)")
    }
}
