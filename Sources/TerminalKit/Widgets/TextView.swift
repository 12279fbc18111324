/// Word-wrapped, vertically scrollable text (Chinese line breaking via `TextWrapper`).
public struct TextView: Sendable {
    public var text: String
    public var role: ThemeRole

    public init(_ text: String, role: ThemeRole = .normal) {
        self.text = text
        self.role = role
    }

    /// The wrapped lines for a width.
    public func lines(width: Int) -> [String] { TextWrapper.wrap(text, width: width) }

    /// The largest useful scroll offset for a region size.
    public func maxScrollOffset(width: Int, height: Int) -> Int { max(0, lines(width: width).count - max(0, height)) }

    /// Draws lines from `scrollOffset` (clamped); a "↓" in the last column marks more text below.
    public func draw(into region: Region, scrollOffset: Int = 0, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let all = lines(width: region.width)
        let offset = min(max(0, scrollOffset), max(0, all.count - region.height))
        for (row, line) in all.dropFirst(offset).prefix(region.height).enumerated() {
            region.put(line, x: 0, y: row, style: theme[role])
        }
        if offset + region.height < all.count {
            region.put("↓", x: region.width - 1, y: region.height - 1, style: theme[.accent])
        }
        if offset > 0 { region.put("↑", x: region.width - 1, y: 0, style: theme[.accent]) }
    }
}
