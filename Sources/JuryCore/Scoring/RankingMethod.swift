/// How judges' totals become one jury score in a `Ranking`: the definition's three methods plus a
/// per-judge z-score that cancels lenient and severe judges.
public enum RankingMethod: Hashable, Sendable, CustomStringConvertible {
    case mean
    /// Drops ⌊n × fraction⌋ whole sheets at each end (5 judges at 0.2: the highest and the lowest).
    case trimmedMean(fraction: Double)
    /// The middle sheet, or the mean of the two middle sheets.
    case median
    /// Each judge's totals are standardised over the finalists that judge scored, mapped back to
    /// the pool's mean and SD, then averaged.
    case zScore

    /// The contest's own method.
    public init(policy: VotingPolicy) {
        switch policy.aggregation {
        case .mean: self = .mean
        case .trimmedMean: self = .trimmedMean(fraction: policy.trimmedFraction)
        case .median: self = .median
        }
    }

    /// Every method the chair can switch between, the contest's default first.
    public static func choices(for policy: VotingPolicy) -> [RankingMethod] {
        let first = RankingMethod(policy: policy)
        let all: [RankingMethod] = [.mean, .trimmedMean(fraction: policy.trimmedFraction), .median, .zScore]
        return [first] + all.filter { $0 != first }
    }

    public var description: String {
        switch self {
        case .mean: "mean"
        case .trimmedMean(let f): "trimmedMean(\(f))"
        case .median: "median"
        case .zScore: "zScore"
        }
    }

    /// A short label for the chair's pane.
    public func label(_ language: ContestLanguage) -> String {
        let zh = language == .zhHans
        switch self {
        case .mean: return zh ? "平均分" : "Mean"
        case .trimmedMean(let f):
            let pct = Int((f * 100).rounded())
            return zh ? "去掉两端各 \(pct)% 后平均" : "Trimmed mean (\(pct)% each end)"
        case .median: return zh ? "中位数" : "Median"
        case .zScore: return zh ? "评委标准分（消除宽严差异）" : "Per-judge z-score (evens out lenient and severe judges)"
        }
    }
}
