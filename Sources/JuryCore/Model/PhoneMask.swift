/// Masks personal phone numbers for display and export (138****5678), as the house rules require.
public enum PhoneMask {
    /// Keeps the first three and last four digits of an 11-digit mobile; shorter numbers keep only
    /// their last two digits; an empty string stays empty.
    public static func mask(_ phone: String) -> String {
        let digits = Array(phone.filter { !$0.isWhitespace && $0 != "-" })
        if digits.isEmpty { return "" }
        if digits.count >= 11 {
            return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
        }
        if digits.count <= 2 { return String(repeating: "*", count: digits.count) }
        return String(repeating: "*", count: digits.count - 2) + String(digits.suffix(2))
    }
}
