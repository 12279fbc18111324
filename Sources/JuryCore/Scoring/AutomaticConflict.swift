import Foundation

/// The automatic conflict of interest: a judge whose unit is the entrant's employer or union (and,
/// when the rubric says so, in the same city) does not score that entrant, without having to declare it.
public enum AutomaticConflict {
    /// Whether the rule applies. Names are compared trimmed; an empty unit never matches.
    public static func applies(judgeUnit: String, judgeCity: String, employer: String, union: String, city: String,
                               requireSameCity: Bool) -> Bool {
        let unit = judgeUnit.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !unit.isEmpty else { return false }
        let matches = unit == employer.trimmingCharacters(in: .whitespacesAndNewlines)
            || unit == union.trimmingCharacters(in: .whitespacesAndNewlines)
        guard matches else { return false }
        guard requireSameCity else { return true }
        return judgeCity.trimmingCharacters(in: .whitespacesAndNewlines) == city.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
