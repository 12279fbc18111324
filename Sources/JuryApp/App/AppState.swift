import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// Everything the workstation shows, as one value: `update` changes it, `render` draws it.
///
/// It holds no connection and no file handle: data arrives as replies from the runtime, so a
/// refresh replaces data and never the cursor, the selection or text being typed.
public struct AppState: Sendable {
    public var l10n: Localizer
    public var definition: ContestDefinition
    /// The database path as given, for the status bar.
    public var databasePath: String { didSet { statusPath = StatusPath(databasePath) } }
    /// The same, as the status bar shows it.
    private(set) var statusPath: StatusPath
    public var size: Size
    /// The clock's current time, moved by `Msg.tick` (so countdowns render without reading the clock).
    public var now: Date

    /// The screens, bottom first; the last one is shown and gets the keys.
    public internal(set) var stack: [StackEntry]
    public var session: UserAccount?
    public var currentPhaseId: String?

    public var overlay: Overlay?
    /// One line for errors and confirmations, in the user's language.
    public var status: StatusMessage?
    /// A write is waiting for another session's lock (the status line says so; Esc gives up).
    public var writeWaiting = false
    /// Set when the file was deleted or replaced under this session: nothing more is written.
    public var fileReplaced: String?
    public var shouldQuit = false
    /// Signals to the runtime, cleared once acted on: draw every cell again; stop for the shell (Ctrl-Z);
    /// drop the write that waits for the lock.
    public var redrawRequested = false
    public var suspendRequested = false
    public var abandonWrite = false
    var nextScreenId = 1

    public init(language: Language, definition: ContestDefinition, databasePath: String, size: Size, now: Date) {
        l10n = Localizer(language)
        self.definition = definition
        self.databasePath = databasePath
        statusPath = StatusPath(databasePath)
        self.size = size
        self.now = now
        stack = [StackEntry(id: ScreenID(0), screen: LoginScreen())]
    }

    public var language: Language { l10n.language }

    /// The screen on top of the stack.
    public var top: any Screen { stack[stack.count - 1].screen }

    /// Whether the screen in view shows a countdown, which must move without a key.
    var showsCountdown: Bool { (top as? any CountingDown)?.isCountingDown(at: now) ?? false }
    public var topId: ScreenID { stack[stack.count - 1].id }

    /// The top screen as a given type, if it is one (for tests and the runtime's diagnostics).
    public func top<S: Screen>(_ type: S.Type) -> S? { top as? S }

    /// What screens may read, for the body region of the current size.
    public var context: ScreenContext {
        ScreenContext(l10n: l10n, definition: definition, session: session, phaseId: currentPhaseId, now: now,
                      body: Frame.body(size))
    }

    /// A label from the contest definition in the interface language.
    func text(_ label: LocalizedText) -> String { l10n.pick(zh: label.zh, en: label.en) }

    /// The current phase's label, or a dash before any is set.
    var phaseLabel: String { context.phaseLabel }
}

/// A screen on the stack with the identity its requests carry.
public struct StackEntry: Sendable {
    public let id: ScreenID
    public var screen: any Screen
}

/// Something drawn over the current screen that takes the keys until it closes.
public enum Overlay: Sendable {
    case help(HelpOverlay)
    /// A yes/no dialog and who asked (the app itself for quitting).
    case confirm(ConfirmDialog, asker: Origin, quitting: Bool)
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
