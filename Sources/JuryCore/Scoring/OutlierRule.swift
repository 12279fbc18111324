/// When a judge's total on a finalist is flagged as far from the rest of that finalist's panel.
///
/// Flagged when |total − mean of the other judges| > k × max(SD of the other judges, minimum SD),
/// and only when at least `minimumOthers` other judges scored the finalist. The floor keeps a
/// panel that agrees almost exactly (SD near 0) from flagging every half point of difference.
public struct OutlierRule: Hashable, Sendable {
    public var k: Double
    /// In points.
    public var minimumSD: Double
    public var minimumOthers: Int

    public init(k: Double = 2, minimumSD: Double = 2, minimumOthers: Int = 2) {
        self.k = k
        self.minimumSD = minimumSD
        self.minimumOthers = minimumOthers
    }

    /// One line for the chair's help.
    public func explanation(_ language: ContestLanguage) -> String {
        let k = ScoreRounding.display(self.k), floor = ScoreRounding.display(minimumSD)
        return language == .zhHans
            ? "某评委的总分与其他评委平均分相差超过 \(k) 个标准差（其他评委的标准差，至少按 \(floor) 分计；至少另有 \(minimumOthers) 名评委）时标记。"
            : "Flagged when a judge's total is more than \(k) SD from the other judges' mean (their SD, at least \(floor) points; at least \(minimumOthers) other judges)."
    }
}
