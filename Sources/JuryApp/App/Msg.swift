import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// Everything that can happen to the workstation: a key, a resize, a clock tick, another session's
/// commit, or the reply to a request.
public enum Msg: Sendable {
    case key(Key)
    case resized(Size)
    case tick(Date)
    /// Another process committed to the file: re-read what is visible.
    case externalChange
    case reply(Origin, Reply)
    /// A write is waiting for another session to finish (true) or is no longer waiting (false).
    case writeWaiting(Bool)
    /// The file was deleted or replaced under this session (its inode changed): stop writing.
    case fileReplaced(path: String)
    /// The terminal hung up (SIGHUP) or the process was asked to stop (SIGTERM): save every draft
    /// that waits, then the runtime quits.
    case hangUp
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
