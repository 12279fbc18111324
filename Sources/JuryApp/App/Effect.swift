import JuryCore
import JuryStore

/// Work `update` asks the runtime to do: reads, audited writes, opening a file, redrawing.
///
/// Screens never touch the store; they return these, and the runtime answers with `Msg`s.
public enum Effect: Sendable, Equatable {
    case loadLoginUsers
    case authenticate(name: String, pin: String)
    case loadPhase
    case loadProgress
    case loadEntrants(EntrantPageRequest)
    case loadDetail(EntrantSummary)
    case loadUsers
    case addUser(UserDraft)
    case deactivateUser(name: String, actor: String)
    case resetPin(name: String, pin: String, actor: String)
    case setPhase(id: String, actor: String)
    /// Opens a screenshot in `$JURYDESK_VIEWER` or `xdg-open`; the path is as stored.
    case openFile(storedPath: String)
    /// Forget what the terminal shows and draw everything again (Ctrl-L).
    case redraw
}

/// A new user as typed into the admin form.
public struct UserDraft: Sendable, Equatable {
    public var name: String
    public var role: Role
    public var unit: String
    public var city: String
    public var pin: String
    public var actor: String
}
