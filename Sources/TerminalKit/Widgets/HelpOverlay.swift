/// A centred box listing keys and what they do, aligned in display cells and scrollable when too tall.
public struct HelpOverlay: Sendable {
    /// One line of help; an entry with an empty key is a section heading.
    public struct Entry: Sendable, Hashable {
        public var key: String
        public var description: String
        public init(_ key: String, _ description: String) { self.key = key; self.description = description }
    }

    public var title: String
    public var entries: [Entry]
    /// First entry shown; clamped when drawing.
    public var scrollOffset: Int = 0

    public init(title: String, entries: [Entry]) {
        self.title = title
        self.entries = entries
    }

    /// Scrolls with ↑/↓/PgUp/PgDn/Home/End; returns false for other keys (the app closes it on Esc or ?).
    public mutating func handle(_ key: Key, visibleRows: Int = 10) -> Bool {
        switch key {
        case .up, .char("k"): scrollOffset = max(0, scrollOffset - 1)
        case .down, .char("j"): scrollOffset = min(max(0, entries.count - 1), scrollOffset + 1)
        case .pageUp: scrollOffset = max(0, scrollOffset - max(1, visibleRows - 1))
        case .pageDown: scrollOffset = min(max(0, entries.count - 1), scrollOffset + max(1, visibleRows - 1))
        case .home: scrollOffset = 0
        case .end: scrollOffset = max(0, entries.count - 1)
        default: return false
        }
        return true
    }

    public func draw(into region: Region, theme: Theme = .default) {
        let keyWidth = entries.filter { !$0.key.isEmpty }.map(\.key.displayWidth).max() ?? 0
        let textWidth = entries.map { $0.key.isEmpty ? $0.description.displayWidth : keyWidth + 2 + $0.description.displayWidth }.max() ?? 0
        let width = min(region.width, max(textWidth, title.displayWidth + 4) + 4)
        let height = min(region.height, entries.count + 2)
        let frame = region.region(region.bounds.centered(width: width, height: height))
        let inner = Box(title: title, fillRole: .help).draw(into: frame, theme: theme)
        guard inner.height > 0 else { return }
        let offset = min(max(0, scrollOffset), max(0, entries.count - inner.height))
        for (row, entry) in entries.dropFirst(offset).prefix(inner.height).enumerated() {
            if entry.key.isEmpty {
                inner.put(entry.description, x: 1, y: row, style: theme[.title], maxWidth: inner.width - 2)
            } else {
                inner.put(entry.key.padded(toWidth: keyWidth), x: 1, y: row, style: theme[.accent], maxWidth: inner.width - 2)
                inner.put(entry.description, x: keyWidth + 3, y: row, style: theme[.help], maxWidth: max(0, inner.width - keyWidth - 4))
            }
        }
        // Arrows on the border tell that more entries are above or below.
        if offset > 0 { frame.put("↑", x: frame.width - 2, y: 0, style: theme[.accent]) }
        if offset + inner.height < entries.count { frame.put("↓", x: frame.width - 2, y: frame.height - 1, style: theme[.accent]) }
    }
}
