import Foundation

/// Turns a number cell into the text a person sees in Excel, by its number format: dates stored as
/// serial numbers become `2021-03-05` (or `2023-08-15 14:03`), percentages `90%`, and other numbers
/// plain decimals without exponent or float noise (a phone 13891234567, a 序号 1.0 → `1`).
struct CellFormat {
    enum Kind: Equatable {
        case general
        case date(time: Bool, seconds: Bool, day: Bool)
        case percent
    }

    /// The built-in number formats that show dates or times, including the East Asian ones
    /// (27–36, 50–58) that Chinese Excel uses for `2021年3月5日`.
    static let builtInDates: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Kind of format `id` with the workbook's custom `code` for it, if any.
    static func kind(id: Int, code: String?) -> Kind {
        if let code { return kind(code: code) }
        if id == 9 || id == 10 { return .percent }
        if builtInDates.contains(id) {
            let time = [18, 19, 20, 21, 22, 45, 46, 47].contains(id)
            return .date(time: time, seconds: [19, 21, 45, 46, 47].contains(id), day: !(18...21).contains(id) && !(45...47).contains(id))
        }
        return .general
    }

    /// Reads a custom format code, ignoring quoted text, `\`-escaped characters and `[…]` sections
    /// (colours, conditions), which may contain letters that are not date parts.
    static func kind(code: String) -> Kind {
        var plain = ""
        var inQuote = false, inBracket = false, escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            switch ch {
            case "\\" where !inQuote: escaped = true
            case "\"": inQuote.toggle()
            case "[" where !inQuote: inBracket = true
            case "]" where !inQuote: inBracket = false
            default: if !inQuote && !inBracket { plain.append(ch) }
            }
        }
        let lower = plain.lowercased()
        if lower == "general" || lower.isEmpty { return .general }
        let hasDay = lower.contains("y") || lower.contains("d")
        let hasTime = lower.contains("h") || lower.contains("s")
        if hasDay || hasTime || (lower.contains("m") && !lower.contains("0") && !lower.contains("#")) {
            return .date(time: hasTime, seconds: lower.contains("s"), day: hasDay || lower.contains("m"))
        }
        if lower.contains("%") { return .percent }
        return .general
    }

    /// The cell's text; `raw` is the stored number as written in the XML.
    static func display(_ raw: String, kind: Kind, date1904: Bool) -> String {
        guard let value = Double(raw.trimmingCharacters(in: .whitespaces)), value.isFinite else { return raw }
        switch kind {
        case .general:
            return plain(value)
        case .percent:
            return plain(value * 100) + "%"
        case .date(let time, let seconds, let day):
            guard value >= 0, value < 2_958_466 else { return plain(value) }   // past 9999-12-31: not a date
            return date(serial: value, date1904: date1904, time: time, seconds: seconds, day: day)
        }
    }

    /// Up to 15 significant digits, as Excel shows them, never in exponent form for whole numbers.
    static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.15g", value)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }

    /// `yyyy-MM-dd`, `yyyy-MM-dd HH:mm[:ss]` or `HH:mm[:ss]` from an Excel serial number.
    static func date(serial: Double, date1904: Bool, time: Bool, seconds: Bool, day: Bool) -> String {
        // Round to the second first, so 0.99999999 of a day is the next midnight, not 23:59:59.
        let totalSeconds = Int64((serial * 86_400).rounded())
        var days = totalSeconds / 86_400
        let secondOfDay = Int(totalSeconds % 86_400)
        // Excel's 1900 system counts a 29 February 1900 that never was (serial 60), so serials
        // from 61 on count from 1899-12-30 and earlier ones from 1899-12-31.
        if date1904 {
            days -= 24_107
        } else {
            days -= days >= 61 ? 25_569 : 25_568
        }
        let (y, m, d) = civil(fromUnixDays: days)
        let datePart = String(format: "%04d-%02d-%02d", y, m, d)
        let timePart = seconds
            ? String(format: "%02d:%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60, secondOfDay % 60)
            : String(format: "%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60)
        if !day { return timePart }
        return time ? datePart + " " + timePart : datePart
    }

    /// Proleptic Gregorian year, month, day of a count of days since 1970-01-01 (H. Hinnant's algorithm).
    static func civil(fromUnixDays z0: Int64) -> (Int, Int, Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (Int(yoe + era * 400 + (m <= 2 ? 1 : 0)), Int(m), Int(d))
    }
}
