/// One judge's scores for one entrant, criterion id → tenths, kept as a draft until submitted.
public struct ScoreSheet: Hashable, Codable, Sendable {
    /// Drafts are the judge's own; only submitted sheets count in the rankings.
    public enum Status: String, Codable, Sendable {
        case draft
        case submitted
    }

    public var judgeId: String
    public var entrantId: String
    public var scores: [String: Tenths]
    public var status: Status

    public init(judgeId: String, entrantId: String, scores: [String: Tenths] = [:], status: Status = .draft) {
        self.judgeId = judgeId
        self.entrantId = entrantId
        self.scores = scores
        self.status = status
    }

    /// The sum of the sheet's scores.
    public var total: Tenths { scores.values.reduce(Tenths.zero, +) }

    /// Every problem with the sheet in rubric order (unknown ids last, sorted); missing scores are
    /// reported only for a submitted sheet, since a draft is allowed to be partial.
    public func problems(against rubric: Rubric) -> [ScoreSheetError] {
        var found: [ScoreSheetError] = []
        for criterion in rubric.criteria {
            guard let value = scores[criterion.id] else {
                if status == .submitted { found.append(.missing(criterionId: criterion.id, label: criterion.label)) }
                continue
            }
            if value < .zero || value > criterion.max {
                found.append(.outOfRange(criterionId: criterion.id, label: criterion.label, value: value, max: criterion.max))
            } else if value.rawValue % criterion.step.rawValue != 0 {
                found.append(.offStep(criterionId: criterion.id, label: criterion.label, value: value, step: criterion.step))
            }
        }
        let known = Set(rubric.criteria.map(\.id))
        for id in scores.keys.sorted() where !known.contains(id) {
            found.append(.unknownCriterion(criterionId: id))
        }
        return found
    }

    /// The sheet marked submitted, or the first problem that prevents it.
    public func submitted(against rubric: Rubric) throws(ScoreSheetError) -> ScoreSheet {
        var sheet = self
        sheet.status = .submitted
        if let first = sheet.problems(against: rubric).first { throw first }
        return sheet
    }
}
