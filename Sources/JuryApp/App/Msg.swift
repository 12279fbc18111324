import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// Everything that can happen to the workstation: a key, a resize, a clock tick, or data the
/// runtime read or wrote on behalf of an `Effect`.
public enum Msg: Sendable {
    case key(Key)
    case resized(Size)
    case tick(Date)
    /// Another process committed to the file: re-read what is visible.
    case externalChange
    case loginUsersLoaded([UserAccount])
    case loginResult(name: String, outcome: LoginOutcome)
    case phaseLoaded(String?)
    case progressLoaded(StageCounts)
    case entrantsLoaded(EntrantPage)
    case detailLoaded(EntrantDetail)
    case usersLoaded([UserAccount])
    /// A write went through; the text says what happened, in the user's language.
    case written(WriteDone)
    /// A store or viewer failure, already in the user's language.
    case failed(String)
    case info(String)
}

/// A completed write, so the screen that asked can move on.
public enum WriteDone: Sendable, Equatable {
    case userAdded(name: String)
    case userDeactivated(name: String)
    case pinReset(name: String)
    case phaseSet(id: String)
}

/// How many entrants stand at each stage (the progress summary).
public struct StageCounts: Sendable, Equatable {
    public var total: Int
    public var byStage: [ReviewStage: Int]

    public init(total: Int, byStage: [ReviewStage: Int]) {
        self.total = total
        self.byStage = byStage
    }
}
