import Foundation

/// The automatic conflict of interest: a judge whose unit is the entrant's employer or union (and,
/// when the rubric says so, in the same city) does not score that entrant, without having to declare it.
public enum AutomaticConflict {
    /// Whether the rule applies. Names are compared trimmed; an empty unit never matches.
    public static func applies(judgeUnit: String, judgeCity: String, employer: String, union: String, city: String,
                               requireSameCity: Bool) -> Bool {
        let unit = trimmed(judgeUnit)
        guard !unit.isEmpty else { return false }
        let matches = unit == trimmed(employer)
            || unit == trimmed(union)
        guard matches else { return false }
        guard requireSameCity else { return true }
        return trimmed(judgeCity) == trimmed(city)
    }

    /// Trimmed of white space; Foundation only when an end is white space. Every score submit and
    /// every ranking applies the rule, and trimming through NSString was a visible part of a submit.
    static func trimmed(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
