import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// One screen of the workstation: it owns its state, its key table and its drawing.
///
/// What a new screen must provide (none of it has a default, so the compiler asks for every item):
/// - `title`: the title bar text;
/// - `isTyping`: true while a text field has focus (then letters are text, and `?` is not help);
/// - `holdsUnsavedInput`: true when quitting now would throw away something typed (Ctrl-C asks first);
/// - `bindings`: the key table it dispatches through right now — help and the status bar come from it;
/// - `handle(key)`: a key, answered with `Command`s (effects to run, navigation, a status line);
/// - `receive(reply)`: the answer to an effect this very screen instance asked for (the app drops
///   answers for screens that were popped meanwhile), `.confirmed`/`.declined` for a dialog it opened,
///   or what the screen above it handed back when it closed;
/// - `refresh`: re-read what it shows (on first showing, when uncovered, after another session's
///   commit) without moving the cursor, the selection or text being typed;
/// - `resized`: the terminal changed size (`ctx.body` is the new region);
/// - `render`: draw into the body region.
///
/// A screen never edits another screen or the stack: it returns `.push`, `.pop`, `.replace` or `.home`.
/// Adding a screen means one new file (or folder) — plus, if it needs new kinds of store work, one
/// feature case in `Effect` and `Reply` and one line in `EffectRunner.perform`.
public protocol Screen: Sendable {
    func title(_ ctx: ScreenContext) -> String
    func isTyping(_ ctx: ScreenContext) -> Bool
    var holdsUnsavedInput: Bool { get }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>]
    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command]
    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command]
    mutating func refresh(_ ctx: ScreenContext) -> [Command]
    mutating func resized(_ ctx: ScreenContext) -> [Command]
    func render(into region: Region, _ ctx: ScreenContext, theme: Theme)
}

/// Identifies one screen instance on the stack, so a late answer finds (or misses) the one that asked.
public struct ScreenID: Hashable, Sendable, CustomStringConvertible {
    public let value: Int
    public init(_ value: Int) { self.value = value }
    public var description: String { "#\(value)" }
}

/// What every screen may read but not change: who is signed in, the phase, the language, the size.
public struct ScreenContext: Sendable {
    public var l10n: Localizer
    public var definition: ContestDefinition
    public var session: UserAccount?
    public var phaseId: String?
    /// The clock's current time (moved by ticks, so countdowns draw without reading the clock).
    public var now: Date
    /// The region the screen draws into, in terminal cells.
    public var body: Rect

    public var language: Language { l10n.language }

    /// A label from the contest definition in the interface language.
    public func text(_ label: LocalizedText) -> String { l10n.pick(zh: label.zh, en: label.en) }

    /// The current phase's label, or a dash before any is set.
    public var phaseLabel: String {
        guard let id = phaseId else { return l10n(.phaseNotSet) }
        return definition.phases.first { $0.id == id }.map { text($0.label) } ?? id
    }

    /// The signed-in user's name (every write is made as this user).
    public var actor: String { session?.name ?? "" }
}
