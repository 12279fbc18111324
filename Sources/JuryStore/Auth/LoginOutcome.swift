/// The answer to a sign-in attempt; the UI says it in the user's language.
public enum LoginOutcome: Equatable, Sendable {
    case success(UserAccount)
    /// Wrong PIN; after this many seconds the next attempt is accepted (0 = at once).
    case wrongPin(waitSeconds: Int)
    /// Too many wrong PINs: try again after this many seconds (the PIN was not even checked).
    case tooSoon(waitSeconds: Int)
    /// No such user, or deactivated, or no PIN set yet: all look the same to the person typing.
    case unknownOrInactive
    /// Too many wrong PINs in a row: locked until an administrator (or the chair, for judges and
    /// reviewers) unlocks it with `jurydesk user unlock`.
    case locked
}
