extension Ranking {
    /// A judge's totals mapped onto the pool's scale: mapped = a + b × total.
    struct ZScoreMap: Hashable, Sendable {
        var a: Double
        var b: Double
        static let identity = ZScoreMap(a: 0, b: 1)
    }

    /// Per judge, z = (total − judge mean) / judge SD, mapped back as pool mean + z × pool SD,
    /// which is the affine map a + b × total with b = pool SD / judge SD.
    ///
    /// A judge with fewer than two sheets, or who gave every finalist the same total (SD 0), has no
    /// measurable leniency: their totals pass through unchanged rather than being pulled to the
    /// pool mean, which would erase the one signal they gave. Both judge and pool SDs are sample
    /// SDs (n − 1), so the choice cancels in the ratio.
    static func zScoreMaps(judges: [(mean: Double?, sd: Double?)], pool: (mean: Double?, sd: Double?)) -> [ZScoreMap] {
        judges.map { judge in
            guard let mean = judge.mean, let sd = judge.sd, sd > 0, let poolMean = pool.mean, let poolSD = pool.sd
            else { return .identity }
            let b = poolSD / sd
            return ZScoreMap(a: poolMean - b * mean, b: b)
        }
    }
}
