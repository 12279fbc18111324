import JuryCore
import JuryStore

/// Store work for the chair's desk: ranking, matrix, awards (one case per use case; the runner is EffectRunner+Chair.swift).
public enum ChairEffect: Sendable, Equatable {
    /// A window of the live ranking (computed and cached in the runner).
    case ranking(RankingRequest)
    /// Every judge's sheet on one finalist (chair only: the store enforces it).
    case breakdown(entrantId: String, methodIndex: Int)
    /// Judges' leniency, ICC, and the vote trends.
    case reliability(methodIndex: Int)
    /// A window of the judges × finalists progress matrix.
    case matrix(MatrixRequest)
    /// Allocates every award by the definition, in one write.
    case allocate(methodIndex: Int)
    /// Puts another finalist in a winner's place, with a reason.
    case replace(awardId: String, winner: String, replacement: String, reason: String)
    case lock
    case unlock(reason: String)
    /// Leaves a reminder for a judge.
    case remind(judge: String, text: String)
    /// A judge's unseen reminders (read from the judge's home after sign-in), marked seen.
    case takeReminders(judge: String)

    var isWrite: Bool {
        switch self {
        case .ranking, .breakdown, .reliability, .matrix: false
        case .allocate, .replace, .lock, .unlock, .remind, .takeReminders: true
        }
    }
}

/// The answers to `ChairEffect`s.
public enum ChairReply: Sendable {
    case ranking(RankingPage)
    case breakdown(ChairBreakdown)
    case reliability(ChairReliability)
    case matrix(MatrixPage)
    case allocated(winners: Int, shortfall: Int, incomplete: Int)
    case replaced(winner: String, replacement: String)
    case locked(ChainHead)
    case unlocked
    case reminded(judge: String)
    case reminders([String])
    /// Text typed into a chair prompt, handed back to the screen that opened it.
    case prompt(ChairPromptPurpose, [String])
}

/// What text typed into a chair prompt is for; carried back with it.
public enum ChairPromptPurpose: Sendable, Equatable {
    case replace(awardId: String, winner: String)
    case unlock
    case remind(judge: String)
}
