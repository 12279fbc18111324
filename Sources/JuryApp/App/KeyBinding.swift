import TerminalKit

/// One entry of a screen's key table: the keys, how help shows them, and the action they trigger.
///
/// Each screen dispatches keys only through its table and builds its help from the same table,
/// so the help overlay cannot disagree with what the keys do.
public struct KeyBinding<Action: Sendable>: Sendable {
    public var keys: [Key]
    /// How the keys are written in help and the status bar ("↑/k").
    public var label: String
    public var help: StringKey
    public var action: Action
    /// Whether the status bar lists it among "the few keys that matter here", and how hard it holds on.
    public var status: StatusHint.Priority

    public init(_ keys: [Key], _ label: String, _ help: StringKey, _ action: Action, status: StatusHint.Priority = .hidden) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.status = status
    }
}

/// A key hint in the status bar ("q/Esc 返回") and how important it is when the bar is narrow.
public struct StatusHint: Sendable, Equatable {
    /// `essential` hints (going back, help) stay when the bar is narrow; `shown` ones go first, last listed first.
    public enum Priority: Sendable, Equatable { case hidden, shown, essential }

    public let text: String
    public let priority: Priority
    /// The text's display width, measured once: a narrow status bar sums it again for each hint it drops.
    public let width: Int

    public init(_ text: String, _ priority: Priority) {
        self.text = text
        self.priority = priority
        width = text.displayWidth
    }
}

extension KeyBinding {
    /// The same entry with its action transformed (a shared table's moves wrapped in a screen's actions).
    func map<B: Sendable>(_ transform: (Action) -> B) -> KeyBinding<B> {
        KeyBinding<B>(keys, label, help, transform(action), status: status)
    }
}

extension Array {
    /// The table without its actions, so tables of different screens can be listed alike in help and the status bar.
    func withoutActions<A>() -> [KeyBinding<Void>] where Element == KeyBinding<A> {
        map { $0.map { _ in () } }
    }

    /// The action bound to `key` in this table, if any.
    func action<A>(for key: Key) -> A? where Element == KeyBinding<A> {
        first { $0.keys.contains(key) }?.action
    }

    /// Help entries for the overlay, in table order.
    func helpEntries<A>(_ l10n: Localizer) -> [HelpOverlay.Entry] where Element == KeyBinding<A> {
        map { HelpOverlay.Entry($0.label, l10n($0.help)) }
    }

    /// "Enter 打开" hints for the status bar.
    func statusHints<A>(_ l10n: Localizer) -> [StatusHint] where Element == KeyBinding<A> {
        filter { $0.status != .hidden }.map { StatusHint("\($0.label) \(l10n($0.help))", $0.status) }
    }

    /// "Tab/↓ 下一项", "Esc 取消": every key of the table in order, for a screen's own hint line.
    func hintLine<A>(_ l10n: Localizer) -> [String] where Element == KeyBinding<A> {
        map { "\($0.label) \(l10n($0.help))" }
    }
}

/// The navigation keys every list shares, so all tables move the same way.
enum ListMove: Sendable, Equatable {
    case up, down, pageUp, pageDown, halfUp, halfDown, top, bottom

    private static let table: [KeyBinding<ListMove>] = [
        KeyBinding([.up, .char("k")], "↑/k", .keyUp, .up),
        KeyBinding([.down, .char("j")], "↓/j", .keyDown, .down),
        KeyBinding([.pageUp], "PgUp", .keyPageUp, .pageUp),
        KeyBinding([.pageDown], "PgDn", .keyPageDown, .pageDown),
        KeyBinding([.ctrl("u")], "Ctrl-U", .keyHalfUp, .halfUp),
        KeyBinding([.ctrl("d")], "Ctrl-D", .keyHalfDown, .halfDown),
        KeyBinding([.home, .char("g")], "Home/g", .keyTop, .top),
        KeyBinding([.end, .char("G")], "End/G", .keyBottom, .bottom),
    ]

    /// The moves for a short list that always fits on screen (a menu): paging would only repeat Home/End.
    static func shortListBindings<A>(_ wrap: (ListMove) -> A) -> [KeyBinding<A>] {
        table.filter { [.up, .down, .top, .bottom].contains($0.action) }.map { $0.map(wrap) }
    }

    static func bindings<A>(_ wrap: (ListMove) -> A) -> [KeyBinding<A>] {
        table.map { $0.map(wrap) }
    }

    /// Applies the move to a selection over `rowCount` rows with `visible` rows on screen.
    func apply(to table: inout TableState, rowCount: Int, visible: Int) {
        let half = max(1, visible / 2)
        switch self {
        case .up: table.moveSelection(by: -1, rowCount: rowCount, visibleRows: visible)
        case .down: table.moveSelection(by: 1, rowCount: rowCount, visibleRows: visible)
        case .pageUp: table.page(up: true, rowCount: rowCount, visibleRows: visible)
        case .pageDown: table.page(up: false, rowCount: rowCount, visibleRows: visible)
        case .halfUp: table.scroll(by: -half, rowCount: rowCount, visibleRows: visible)
        case .halfDown: table.scroll(by: half, rowCount: rowCount, visibleRows: visible)
        case .top: table.home(rowCount: rowCount, visibleRows: visible)
        case .bottom: table.end(rowCount: rowCount, visibleRows: visible)
        }
    }
}
