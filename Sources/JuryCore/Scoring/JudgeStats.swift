/// One judge's leniency: how many finalists they scored and the mean and SD of their totals.
public struct JudgeStats: Hashable, Sendable, Identifiable {
    public var id: String
    /// Index into the `ScoreTable`.
    public var judge: Int
    /// Counted sheets (submitted, not conflicted).
    public var scored: Int
    /// Mean total in points; nil when the judge has scored nobody.
    public var mean: Double?
    /// Sample SD (n − 1) of the totals in points; nil below two sheets.
    public var sd: Double?
    /// Mean minus the pool's mean, in points: positive for a lenient judge, negative for a severe one.
    public var leniency: Double?
    /// Rows on which this judge was flagged by the `OutlierRule`.
    public var outlierCount: Int
}
