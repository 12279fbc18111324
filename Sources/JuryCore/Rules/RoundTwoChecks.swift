import Foundation

/// Round two: the works (past work present, entry video length, resolution, hashtag, topic, originality).
public enum RoundTwoChecks {
    /// One result per round-two check in definition order.
    public static func evaluate(_ entrant: Entrant, definition: ContestDefinition, asOf: Date) -> [CheckResult] {
        let day = definition.day(of: asOf)
        return definition.roundTwo.checks.map { CheckEvaluator.evaluate($0, for: entrant, on: day) }
    }
}
