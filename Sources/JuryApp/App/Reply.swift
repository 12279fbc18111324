import JuryCore
import JuryStore

/// The answer to an `Effect`, grouped by feature like the effects; goes back to the screen that asked.
public enum Reply: Sendable {
    case session(SessionReply)
    case phase(PhaseReply)
    case entrants(EntrantsReply)
    case users(UsersReply)
    case review(ReviewReply)
    case judging(JudgingReply)
    case chair(ChairReply)
    /// The user answered yes in a dialog this screen opened.
    case confirmed
    case declined
    /// Refused or failed, already in the user's language.
    case failed(String)
    /// Something worth a line (a viewer was started).
    case info(String)
}

public enum SessionReply: Sendable {
    case users([UserAccount])
    case login(name: String, outcome: LoginOutcome)
    case active(name: String, Bool)
}

public enum PhaseReply: Sendable {
    case current(String?)
    case set(id: String)
}

public enum EntrantsReply: Sendable {
    case progress(StageCounts)
    case page(EntrantPage)
    case count(EntrantCount)
    case dossier(EntrantDetail)
}

public enum UsersReply: Sendable {
    case list([UserAccount])
    case added(name: String)
    case edited(name: String)
    case deactivated(name: String)
    case reactivated(name: String)
    case pinReset(name: String)
    case unlocked(name: String)
}
