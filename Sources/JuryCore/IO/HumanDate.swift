/// Dates as people write them ("2021年3月", "2021/3/5", "202103", "2021.3") read as `CalendarDay`.
public enum HumanDate {
    /// Accepts year-month or year-month-day with 年月日, '/', '-', '.' separators, or packed digits
    /// (yyyymm, yyyymmdd). Validates month and day against the real calendar.
    public static func parse(_ text: String) throws(ValueProblem) -> CalendarDay {
        // "2021-03" and "2021-03-05", the common cells: read off the bytes, checked as below.
        if let (year, month, day) = dashed(text.utf8) { return try checked(year: year, month: month, day: day, text: text) }
        let t = asciiForm(HumanText.compact(text))
        if t.isEmpty { throw ValueProblem.empty }
        let parts: [Substring]
        if HumanText.isDigits(t) {
            switch t.count {
            case 6: parts = [t.prefix(4), t.dropFirst(4)]
            case 8: parts = [t.prefix(4), t.dropFirst(4).prefix(2), t.dropFirst(6)]
            default: throw malformed(text)
            }
        } else {
            var s = t
            // 年月日 are the only non-ASCII this format knows; an ASCII date skips Foundation's replacing.
            if !s.utf8.allSatisfy({ $0 < 0x80 }) {
                for suffix in ["日", "号"] where s.hasSuffix(suffix) { s.removeLast() }
                s = s.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
            }
            if s.hasSuffix("-") { s.removeLast() }
            parts = s.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." }).map { $0 }
            let separators = s.utf8.reduce(0) { $0 + ($1 == 0x2D || $1 == 0x2F || $1 == 0x2E ? 1 : 0) }
            guard (2...3).contains(parts.count), parts.allSatisfy({ HumanText.isDigits($0) }),
                  separators == parts.count - 1 else { throw malformed(text) }
        }
        guard parts[0].count == 4, let year = Int(parts[0]), parts[1].count <= 2, let month = Int(parts[1]) else {
            throw malformed(text)
        }
        // A day of three digits is 0, no day of any month: refused after the year's and month's checks.
        let day = parts.count == 3 ? (parts[2].count <= 2 ? Int(parts[2]) ?? 0 : 0) : nil
        return try checked(year: year, month: month, day: day, text: text)
    }

    /// Four digits, a dash, one or two digits, and optionally a dash and one or two more: the
    /// numbers, or nil for any other text (which the general path reads).
    static func dashed(_ bytes: String.UTF8View) -> (Int, Int, Int?)? {
        var numbers: [Int] = [], value = 0, digits = 0
        numbers.reserveCapacity(3)
        for byte in bytes {
            if byte &- 0x30 < 10 {
                value = value * 10 + Int(byte &- 0x30)
                digits += 1
                if digits > 4 { return nil }
            } else if byte == UInt8(ascii: "-") {
                let whole = numbers.isEmpty ? digits == 4 : (1...2).contains(digits)
                guard whole, numbers.count < 2 else { return nil }
                numbers.append(value)
                (value, digits) = (0, 0)
            } else {
                return nil
            }
        }
        guard numbers.count >= 1, (1...2).contains(digits) else { return nil }
        numbers.append(value)
        return (numbers[0], numbers[1], numbers.count == 3 ? numbers[2] : nil)
    }

    /// The calendar's checks on a date read either way.
    private static func checked(year: Int, month: Int, day: Int?, text: String) throws(ValueProblem) -> CalendarDay {
        guard (1900...2100).contains(year) else {
            throw ValueProblem(zh: "年份不合理：“\(text)”", en: "implausible year: '\(text)'")
        }
        guard (1...12).contains(month) else {
            throw ValueProblem(zh: "月份应为 1–12：“\(text)”", en: "month must be 1–12: '\(text)'")
        }
        guard let day else { return CalendarDay(year: year, month: month) }
        guard (1...daysIn(month: month, year: year)).contains(day) else { throw noSuchDay(text) }
        return CalendarDay(year: year, month: month, day: day)
    }

    private static func noSuchDay(_ text: String) -> ValueProblem {
        ValueProblem(zh: "日期不存在：“\(text)”", en: "no such day: '\(text)'")
    }

    /// "2021年3月5日" as "2021-3-5", so the common Chinese form takes the ASCII path below rather
    /// than Foundation's replacing; text with any other non-ASCII is returned as it is.
    static func asciiForm(_ t: String) -> String {
        if t.utf8.allSatisfy({ $0 < 0x80 }) { return t }
        var scalars = Array(t.unicodeScalars)
        if let last = scalars.last, last == "日" || last == "号" { scalars.removeLast() }
        var out: [UInt8] = []
        out.reserveCapacity(scalars.count)
        for s in scalars {
            switch s {
            case "年", "月": out.append(UInt8(ascii: "-"))
            case _ where s.isASCII: out.append(UInt8(s.value))
            default: return t
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Days from 1970-01-01 to a day of the proleptic Gregorian calendar (Hinnant's days_from_civil).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Days in a month of the Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func malformed(_ text: String) -> ValueProblem {
        ValueProblem(zh: "无法识别的日期：“\(text)”（可写 2021年3月、2021-03-05、2021/3/5、202103）",
                     en: "unrecognised date: '\(text)' (write 2021年3月, 2021-03-05, 2021/3/5 or 202103)")
    }
}
