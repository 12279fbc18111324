import JuryCore

/// The rules behind the chair's flags — an outlier judge on a row, a spike in a finalist's votes —
/// stated in the help of every chair screen that shows them.
enum ChairRules {
    static func sentences(_ ctx: ScreenContext) -> [String] {
        let language = ctx.language.contestLanguage
        return [OutlierRule().explanation(language), VoteTrends.Rule().explanation(language)]
    }
}

extension ChairRankingScreen: StatesRules {
    func rules(_ ctx: ScreenContext) -> [String] { ChairRules.sentences(ctx) }
}

extension ChairReliabilityScreen: StatesRules {
    func rules(_ ctx: ScreenContext) -> [String] { ChairRules.sentences(ctx) }
}

extension ChairBreakdownScreen: StatesRules {
    func rules(_ ctx: ScreenContext) -> [String] { ChairRules.sentences(ctx) }
}
