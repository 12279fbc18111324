/// Why a judge may not score an entrant: a conflict declared (by the judge or the chair) or the automatic rule.
public enum JudgeConflict: Hashable, Sendable {
    /// Declared, with its kind and reason.
    case declared(kind: ConflictRepository.Kind, note: String)
    /// The judge's unit is the entrant's employer or union (and city, if the rubric asks); the chair may lift it.
    case automatic(unit: String)
}
