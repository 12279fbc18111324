import Foundation

/// Normalises text as people type it in spreadsheets before it is parsed.
public enum HumanText {
    /// NFKC folds full-width digits, letters and punctuation (１２％，) to their ASCII forms, which
    /// Chinese input methods produce all the time; then surrounding whitespace goes.
    public static func normalized(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `normalized` with every inner whitespace removed too ("8 600" → "8600").
    public static func compact(_ text: String) -> String {
        String(normalized(text).unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) }
            .map(Character.init))
    }

    /// Whether a string is non-empty and only ASCII digits.
    static func isDigits(_ s: Substring) -> Bool {
        !s.isEmpty && s.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    static func isDigits(_ s: String) -> Bool { isDigits(Substring(s)) }
}
