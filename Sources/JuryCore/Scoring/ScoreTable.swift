/// The scores that count — submitted and not conflicted — as one dense integer matrix
/// (entrant × judge × criterion, in tenths), indexed by integer ids so that a ranking of 5,000
/// finalists × 50 judges × 10 criteria never touches a string or a dictionary on its hot path.
///
/// A (entrant, judge) pair counts as a sheet only when every criterion of the rubric is filled:
/// submitted sheets are complete by `ScoreSheet.submitted(against:)`, so a partial one means the
/// caller passed a draft, and it is ignored rather than counted as zeros.
public struct ScoreTable: Sendable {
    /// Entrant id of each entrant index: the finalists, including those nobody has scored yet.
    public let entrantIds: [String]
    /// Judge id of each judge index.
    public let judgeIds: [String]
    /// Criterion ids in rubric order.
    public let criterionIds: [String]
    /// Dimension ids in rubric order (account, work, bonus in the sample).
    public let dimensionIds: [String]
    /// The dimension index of each criterion.
    public let criterionDimension: [Int]
    /// The highest total a judge can give, in tenths.
    public let maxTotal: Int

    var cells: [Int32]
    var filled: [Int32]

    public var entrantCount: Int { entrantIds.count }
    public var judgeCount: Int { judgeIds.count }
    public var criterionCount: Int { criterionIds.count }

    /// An empty table for these finalists and judges (their order fixes the indices).
    public init(rubric: Rubric, entrantIds: [String], judgeIds: [String]) {
        self.entrantIds = entrantIds
        self.judgeIds = judgeIds
        var criteria: [String] = [], dims: [Int] = []
        for (d, dimension) in rubric.dimensions.enumerated() {
            for criterion in dimension.criteria {
                criteria.append(criterion.id)
                dims.append(d)
            }
        }
        criterionIds = criteria
        criterionDimension = dims
        dimensionIds = rubric.dimensions.map(\.id)
        maxTotal = rubric.maxTotal.rawValue
        cells = Array(repeating: -1, count: entrantIds.count * judgeIds.count * criteria.count)
        filled = Array(repeating: 0, count: entrantIds.count * judgeIds.count)
    }

    /// Builds the table from sheets as the store holds them: drafts are dropped, and so is every
    /// sheet whose judge has declared a conflict with that entrant (even one declared after
    /// scoring). Finalists default to every entrant with a counted sheet, sorted; judges are the
    /// judges of the counted sheets, sorted. Sheets for entrants outside `entrantIds` are ignored.
    public init(rubric: Rubric, sheets: [ScoreSheet], conflicts: Set<JudgeEntrant> = [], entrantIds: [String]? = nil) {
        let counted = sheets.filter { $0.status == .submitted && !conflicts.contains(JudgeEntrant(judgeId: $0.judgeId, entrantId: $0.entrantId)) }
        let entrants = entrantIds ?? Array(Set(counted.map(\.entrantId))).sorted()
        let entrantIndex = Dictionary(entrants.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = counted.filter { entrantIndex[$0.entrantId] != nil }
        let judges = Array(Set(kept.map(\.judgeId))).sorted()
        let judgeIndex = Dictionary(uniqueKeysWithValues: judges.enumerated().map { ($1, $0) })
        self.init(rubric: rubric, entrantIds: entrants, judgeIds: judges)
        for sheet in kept {
            guard let e = entrantIndex[sheet.entrantId], let j = judgeIndex[sheet.judgeId] else { continue }
            for (c, id) in criterionIds.enumerated() {
                if let value = sheet.scores[id] { set(entrant: e, judge: j, criterion: c, tenths: value.rawValue) }
            }
        }
    }

    /// Records one score (tenths ≥ 0). Setting a cell twice keeps the last value.
    public mutating func set(entrant: Int, judge: Int, criterion: Int, tenths: Int) {
        let pair = entrant * judgeIds.count + judge
        let cell = pair * criterionIds.count + criterion
        if cells[cell] < 0 { filled[pair] += 1 }
        cells[cell] = Int32(clamping: max(tenths, 0))
    }

    /// Records a whole sheet, scores in rubric order (a negative score leaves its cell empty). One
    /// bounds check for the sheet, not one per score: the chair's first read calls this 250,000 times.
    public mutating func setSheet(entrant: Int, judge: Int, tenths: [Int]) {
        let pair = entrant * judgeIds.count + judge, n = min(tenths.count, criterionIds.count)
        let start = pair * criterionIds.count
        precondition(pair >= 0 && pair < filled.count, "sheet outside the table")
        var added: Int32 = 0
        cells.withUnsafeMutableBufferPointer { cells in
            tenths.withUnsafeBufferPointer { tenths in
                for c in 0..<n where tenths[c] >= 0 {
                    if cells[start + c] < 0 { added += 1 }
                    cells[start + c] = Int32(clamping: tenths[c])
                }
            }
        }
        filled[pair] += added
    }

    /// Empties a pair, for a sheet sent back to draft or a conflict declared after scoring, so the
    /// live pane can refresh one pair without rebuilding the table.
    public mutating func removeSheet(entrant: Int, judge: Int) {
        let pair = entrant * judgeIds.count + judge
        for c in 0..<criterionIds.count { cells[pair * criterionIds.count + c] = -1 }
        filled[pair] = 0
    }

    /// Whether this judge's sheet on this entrant counts (every criterion filled).
    public func hasSheet(entrant: Int, judge: Int) -> Bool {
        // An empty rubric has no sheets, rather than every pair being a complete one.
        !criterionIds.isEmpty && filled[entrant * judgeIds.count + judge] == Int32(criterionIds.count)
    }

    /// One score in tenths, nil when the cell is empty.
    public func score(entrant: Int, judge: Int, criterion: Int) -> Int? {
        let v = cells[(entrant * judgeIds.count + judge) * criterionIds.count + criterion]
        return v < 0 ? nil : Int(v)
    }

    /// A counted sheet's total in tenths, nil when there is no counted sheet.
    public func total(entrant: Int, judge: Int) -> Int? {
        guard hasSheet(entrant: entrant, judge: judge) else { return nil }
        let start = (entrant * judgeIds.count + judge) * criterionIds.count
        var sum = 0
        for c in 0..<criterionIds.count { sum += Int(cells[start + c]) }
        return sum
    }

    /// Judges with a counted sheet on this entrant, in index order.
    public func judges(of entrant: Int) -> [Int] {
        (0..<judgeIds.count).filter { hasSheet(entrant: entrant, judge: $0) }
    }
}
