/// A centred yes/no question: title, wrapped message, two buttons; y/n/Enter/Esc/←/→/Tab.
///
/// No is focused at first so that a stray Enter does not confirm something irreversible.
public struct ConfirmDialog: Sendable {
    /// What the user decided.
    public enum Result: Sendable, Hashable { case confirmed, cancelled }

    public var title: String
    public var message: String
    public var yesLabel: String
    public var noLabel: String
    /// Letters that answer yes / no directly (compared lower-cased).
    public var yesKeys: Set<Character>
    public var noKeys: Set<Character>
    public var isYesFocused: Bool

    public init(title: String, message: String, yesLabel: String = "Yes", noLabel: String = "No",
                yesKeys: Set<Character> = ["y"], noKeys: Set<Character> = ["n"], isYesFocused: Bool = false) {
        self.title = title
        self.message = message
        self.yesLabel = yesLabel
        self.noLabel = noLabel
        self.yesKeys = yesKeys
        self.noKeys = noKeys
        self.isYesFocused = isYesFocused
    }

    /// Applies a key; returns the decision when one was made, nil otherwise (all keys are swallowed while open).
    public mutating func handle(_ key: Key) -> Result? {
        switch key {
        case .char(let c) where yesKeys.contains(Character(c.lowercased())): return .confirmed
        case .char(let c) where noKeys.contains(Character(c.lowercased())): return .cancelled
        case .escape, .ctrl("c"): return .cancelled
        case .enter: return isYesFocused ? .confirmed : .cancelled
        case .left, .right, .tab, .backTab: isYesFocused.toggle()
        default: break
        }
        return nil
    }

    /// Draws the dialog centred in `region` (usually the whole screen), over whatever is there.
    public func draw(into region: Region, theme: Theme = .default) {
        let buttons = "[ \(yesLabel) ]   [ \(noLabel) ]"
        let wanted = max(buttons.displayWidth, title.displayWidth + 4, min(message.displayWidth, 50)) + 4
        let width = min(region.width, max(wanted, 24))
        let lines = TextWrapper.wrap(message, width: max(1, width - 4))
        let height = min(region.height, lines.count + 4) // borders, message, one blank line, buttons
        let frame = region.region(region.bounds.centered(width: width, height: height))
        let inner = Box(title: title, fillRole: .dialog).draw(into: frame, theme: theme)
        for (i, line) in lines.prefix(max(0, inner.height - 2)).enumerated() where inner.height >= 3 {
            inner.put(line, x: 1, y: i, style: theme[.dialog], maxWidth: inner.width - 2)
        }
        let yes = "[ \(yesLabel) ]", no = "[ \(noLabel) ]"
        let startX = max(0, (inner.width - buttons.displayWidth) / 2)
        let y = inner.height - 1
        let afterYes = inner.put(yes, x: startX, y: y, style: theme[isYesFocused ? .buttonFocused : .button])
        inner.put(no, x: afterYes + 3, y: y, style: theme[isYesFocused ? .button : .buttonFocused])
    }
}
