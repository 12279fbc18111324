/// How far the jury agrees: ICC(2,1) and ICC(2,k) (Shrout & Fleiss 1979, two-way random effects,
/// absolute agreement) over the totals and over each criterion, with a one-line reading.
///
/// ICC needs a complete matrix (every finalist scored by every judge in the set), and a contest
/// rarely has one: conflicts remove cells, and large juries score in panels. So the analysis uses
/// one judge set and only the finalists scored by every judge in it; `entrantsUsed` and
/// `entrantsExcluded` say how much of the field that is. By default the set is the most common
/// panel (the exact judge set shared by the most finalists); `panels(of:)` lists them all so the
/// chair can look at each.
public struct InterRaterReliability: Hashable, Sendable {
    /// One ICC analysis of an n × k matrix.
    public struct Coefficients: Hashable, Sendable {
        /// Targets (finalists) and judges.
        public var n: Int
        public var k: Int
        /// ICC(2,1): the reliability of one judge's score.
        public var single: Double
        /// ICC(2,k): the reliability of the mean of the k judges.
        public var average: Double
        /// Between-targets, between-judges and residual mean squares.
        public var bms: Double
        public var jms: Double
        public var ems: Double
    }

    /// Koo & Li (2016) bands.
    public enum Band: String, Hashable, Sendable {
        case poor, moderate, good, excellent

        /// < 0.5 poor, 0.5–0.75 moderate, 0.75–0.9 good, > 0.9 excellent.
        public init(_ value: Double) {
            switch value {
            case ..<0.5: self = .poor
            case ..<0.75: self = .moderate
            case ...0.9: self = .good
            default: self = .excellent
            }
        }

        public func label(_ language: ContestLanguage) -> String {
            let zh = language == .zhHans
            switch self {
            case .poor: return zh ? "差" : "poor"
            case .moderate: return zh ? "中等" : "moderate"
            case .good: return zh ? "良好" : "good"
            case .excellent: return zh ? "优秀" : "excellent"
            }
        }
    }

    /// Judge indices (into the `ScoreTable`) of the set analysed.
    public var judges: [Int]
    public var judgeIds: [String]
    /// Finalists scored by every judge in the set, and the scored finalists left out.
    public var entrantsUsed: Int
    public var entrantsExcluded: Int
    /// Over the sheet totals; nil when fewer than 2 finalists or 2 judges, or no variance at all.
    public var total: Coefficients?
    /// Per criterion, rubric order.
    public var criteria: [Coefficients?]
    public var criterionIds: [String]

    /// The analysis for one judge set (default: the most common panel).
    public init(table: ScoreTable, judges: [Int]? = nil) {
        let set = judges ?? Self.panels(of: table).first?.judges ?? []
        self.judges = set
        judgeIds = set.map { table.judgeIds[$0] }
        criterionIds = table.criterionIds
        var used: [Int] = []
        var scored = 0
        for e in 0..<table.entrantCount {
            var any = false, all = !set.isEmpty
            for j in 0..<table.judgeCount where table.hasSheet(entrant: e, judge: j) { any = true; break }
            for j in set where !table.hasSheet(entrant: e, judge: j) { all = false; break }
            if any { scored += 1 }
            if all { used.append(e) }
        }
        entrantsUsed = used.count
        entrantsExcluded = scored - used.count
        total = Self.coefficients(used.map { e in set.map { Double(table.total(entrant: e, judge: $0) ?? 0) } })
        criteria = (0..<table.criterionCount).map { c in
            Self.coefficients(used.map { e in set.map { Double(table.score(entrant: e, judge: $0, criterion: c) ?? 0) } })
        }
    }

    /// Finalists grouped by the exact set of judges whose sheets count for them; only sets of two
    /// or more judges with two or more finalists. Most finalists first, then more judges.
    public static func panels(of table: ScoreTable) -> [(judges: [Int], entrants: [Int])] {
        var groups: [[Int]: [Int]] = [:]
        for e in 0..<table.entrantCount {
            let set = table.judges(of: e)
            if set.count >= 2 { groups[set, default: []].append(e) }
        }
        return groups.filter { $0.value.count >= 2 }
            .map { (judges: $0.key, entrants: $0.value) }
            .sorted { a, b in
                if a.entrants.count != b.entrants.count { return a.entrants.count > b.entrants.count }
                if a.judges.count != b.judges.count { return a.judges.count > b.judges.count }
                return a.judges.lexicographicallyPrecedes(b.judges)
            }
    }

    /// ICC(2,1) and ICC(2,k) of a targets × judges matrix (rows must all have k values):
    ///   ICC(2,1) = (BMS − EMS) / (BMS + (k − 1)·EMS + k·(JMS − EMS) / n)
    ///   ICC(2,k) = (BMS − EMS) / (BMS + (JMS − EMS) / n)
    /// nil with n < 2 or k < 2, ragged rows, or a zero denominator (every score equal).
    public static func coefficients(_ matrix: [[Double]]) -> Coefficients? {
        let n = matrix.count
        guard n >= 2, let k = matrix.first?.count, k >= 2, matrix.allSatisfy({ $0.count == k }) else { return nil }
        var grand = 0.0
        var rowMeans = [Double](repeating: 0, count: n), colMeans = [Double](repeating: 0, count: k)
        for (i, row) in matrix.enumerated() {
            for (j, x) in row.enumerated() {
                grand += x; rowMeans[i] += x; colMeans[j] += x
            }
        }
        grand /= Double(n * k)
        for i in 0..<n { rowMeans[i] /= Double(k) }
        for j in 0..<k { colMeans[j] /= Double(n) }
        var ssTotal = 0.0
        for row in matrix { for x in row { ssTotal += (x - grand) * (x - grand) } }
        let ssRows = Double(k) * rowMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let ssCols = Double(n) * colMeans.reduce(0) { $0 + ($1 - grand) * ($1 - grand) }
        let bms = ssRows / Double(n - 1)
        let jms = ssCols / Double(k - 1)
        let ems = (ssTotal - ssRows - ssCols) / Double((n - 1) * (k - 1))
        let nd = Double(n), kd = Double(k)
        let singleDen = bms + (kd - 1) * ems + kd * (jms - ems) / nd
        let averageDen = bms + (jms - ems) / nd
        guard singleDen != 0, averageDen != 0 else { return nil }
        return Coefficients(n: n, k: k, single: (bms - ems) / singleDen, average: (bms - ems) / averageDen,
                            bms: bms, jms: jms, ems: ems)
    }

    /// One line on the totals, e.g. "ICC(2,1) = 0.29 (poor): one judge's score alone is a weak
    /// guide; ICC(2,4) = 0.62 (moderate) for the mean of 4 judges; 6 finalists scored by all of them."
    public func reading(_ language: ContestLanguage) -> String {
        Self.reading(total, excluded: entrantsExcluded, language: language)
    }

    /// The same line for any coefficients.
    public static func reading(_ icc: Coefficients?, excluded: Int = 0, language: ContestLanguage) -> String {
        let zh = language == .zhHans
        guard let icc else {
            return zh ? "无法计算 ICC：需要至少 2 名评委都评过的至少 2 名入围者，且分数不能全部相同。"
                : "ICC not available: it needs at least 2 finalists scored by the same 2 or more judges, with some variation."
        }
        let one = format(icc.single), mean = format(icc.average)
        let b1 = Band(icc.single), bk = Band(icc.average)
        let left = excluded > 0 ? (zh ? "（另有 \(excluded) 名因评委不全未计入）" : " (\(excluded) left out: not scored by all of them)") : ""
        if zh {
            return "ICC(2,1) = \(one)（\(b1.label(language))）：单个评委的分数\(singleMeaningZh(b1))；"
                + "\(icc.k) 名评委的平均分 ICC(2,\(icc.k)) = \(mean)（\(bk.label(language))）；"
                + "基于 \(icc.n) 名全部评委都评过的入围者\(left)。"
        }
        return "ICC(2,1) = \(one) (\(b1.label(language))): \(singleMeaningEn(b1)); "
            + "ICC(2,\(icc.k)) = \(mean) (\(bk.label(language))) for the mean of \(icc.k) judges; "
            + "\(icc.n) finalists scored by all of them\(left)."
    }

    private static func singleMeaningZh(_ band: Band) -> String {
        switch band {
        case .poor: "单独参考价值低，评委之间看法差异大"
        case .moderate: "有一定参考价值，评委之间看法部分一致"
        case .good: "较可靠，评委之间看法基本一致"
        case .excellent: "非常可靠，评委之间看法高度一致"
        }
    }

    private static func singleMeaningEn(_ band: Band) -> String {
        switch band {
        case .poor: "one judge's score alone is a weak guide; the judges see the finalists differently"
        case .moderate: "one judge's score is a fair guide; the judges partly agree"
        case .good: "one judge's score is a good guide; the judges largely agree"
        case .excellent: "one judge's score is a very good guide; the judges agree closely"
        }
    }

    /// Two decimals, half away from zero, negative values kept ("-0.05").
    static func format(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded(.toNearestOrAwayFromZero))
        let sign = hundredths < 0 ? "-" : ""
        let m = hundredths.magnitude
        return "\(sign)\(m / 100).\(m % 100 < 10 ? "0" : "")\(m % 100)"
    }
}
