import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// Everything the workstation shows, as one value: `update` changes it, `render` draws it.
///
/// It holds no connection and no file handle: data arrives as `Msg`s from the runtime, so a
/// refresh replaces data fields and never the cursor, the selection or text being typed.
public struct AppState: Sendable {
    public var l10n: Localizer
    public var definition: ContestDefinition
    /// The database path as given, for the status bar.
    public var databasePath: String
    public var size: Size
    /// The clock's current time, moved by `Msg.tick` (so countdowns render without reading the clock).
    public var now: Date

    public var routes: [Route] = [.login]
    public var session: UserAccount?
    public var currentPhaseId: String?

    public var login = LoginState()
    public var home = HomeState()
    public var browser = BrowserState()
    public var detail = DetailState()
    public var users = UsersState()
    public var userForm = UserFormState()
    public var phase = PhaseScreenState()

    public var overlay: Overlay?
    /// One line for errors and confirmations, in the user's language.
    public var status: StatusMessage?
    public var shouldQuit = false

    public init(language: Language, definition: ContestDefinition, databasePath: String, size: Size, now: Date) {
        l10n = Localizer(language)
        self.definition = definition
        self.databasePath = databasePath
        self.size = size
        self.now = now
    }

    /// The screen on top of the stack.
    public var route: Route { routes.last ?? .login }

    public var language: Language { l10n.language }

    /// A label from the contest definition in the interface language.
    func text(_ label: LocalizedText) -> String { l10n.pick(zh: label.zh, en: label.en) }

    /// The current phase's label, or a dash before any is set.
    var phaseLabel: String {
        guard let id = currentPhaseId else { return l10n(.phaseNotSet) }
        return definition.phases.first { $0.id == id }.map { text($0.label) } ?? id
    }
}

/// Something drawn over the current screen that takes the keys until it closes.
public enum Overlay: Sendable {
    case help(HelpOverlay)
    case confirm(ConfirmDialog, ConfirmAction)
}

/// What a confirmation dialog does when the user says yes.
public enum ConfirmAction: Sendable, Equatable {
    case quit
    case deactivateUser(name: String)
    case setPhase(id: String)
}

/// A line in the message row: an error (red) or information.
public struct StatusMessage: Sendable, Equatable {
    /// Information (a write went through) or an error (red).
    public enum Kind: Sendable, Equatable { case info, error }
    public var kind: Kind
    public var text: String

    public static func info(_ text: String) -> StatusMessage { StatusMessage(kind: .info, text: text) }
    public static func error(_ text: String) -> StatusMessage { StatusMessage(kind: .error, text: text) }
}
