import Foundation

/// Round one: the creator and the account (membership, account age, original share, followers, …).
public enum RoundOneChecks {
    /// One result per round-one check in definition order; `asOf` is turned into a contest-zone day.
    public static func evaluate(_ entrant: Entrant, definition: ContestDefinition, asOf: Date) -> [CheckResult] {
        let day = definition.day(of: asOf)
        return definition.roundOne.checks.map { CheckEvaluator.evaluate($0, for: entrant, on: day) }
    }
}
