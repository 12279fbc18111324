/// A piece of work the contest calendar allows only at certain times (review decisions, scoring).
///
/// Each names the definition step that schedules it (`roundOneReview`, `roundTwoReview`,
/// `juryScoring` in the sample); the activity is allowed while the current phase is that step or
/// the phase that holds it. A definition without such a step does not restrict the activity.
public enum ContestActivity: String, CaseIterable, Sendable {
    case roundOneReview
    case roundTwoReview
    case juryScoring

    /// The activity for deciding a review round.
    public static func review(round: Int) -> ContestActivity { round == 2 ? .roundTwoReview : .roundOneReview }

    /// The id of the definition step that schedules it.
    public var stepId: String { rawValue }
}

extension ContestDefinition {
    /// The phase and step ids during which the activity is allowed; nil when the definition does not
    /// schedule it (then it is allowed in every phase).
    public func phaseIds(allowing activity: ContestActivity) -> [String]? {
        for phase in phases {
            if phase.steps.contains(where: { $0.id == activity.stepId }) { return [phase.id, activity.stepId] }
        }
        return nil
    }

    /// Whether the activity may happen while `current` (a phase or step id; nil = none set) is the phase.
    public func allows(_ activity: ContestActivity, inPhase current: String?) -> Bool {
        guard let ids = phaseIds(allowing: activity) else { return true }
        return current.map(ids.contains) ?? false
    }

    /// The label of a phase or step id, nil when the definition has neither.
    public func phaseLabel(_ id: String) -> LocalizedText? {
        for phase in phases {
            if phase.id == id { return phase.label }
            if let step = phase.steps.first(where: { $0.id == id }) { return step.label }
        }
        return nil
    }
}
