/// A screen whose figures follow stated rules (when an outlier or a vote spike is flagged): its
/// help lists the rules under its keys, so what a flag means is one key away.
public protocol StatesRules: Screen {
    /// The rules, one sentence each, in the interface language.
    func rules(_ ctx: ScreenContext) -> [String]
}
