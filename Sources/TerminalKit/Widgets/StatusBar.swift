/// A one-line bar with left and right segments; the left side is truncated first, cleanly by display width.
public struct StatusBar: Sendable {
    public var left: [String]
    public var right: [String]
    public var separator: String
    public var role: ThemeRole

    public init(left: [String] = [], right: [String] = [], separator: String = " │ ", role: ThemeRole = .status) {
        self.left = left
        self.right = right
        self.separator = separator
        self.role = role
    }

    /// Draws on the first line of `region`.
    public func draw(into region: Region, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let style = theme[role]
        region.fill(Rect(x: 0, y: 0, width: region.width, height: 1), style: style)
        let usable = max(0, region.width - 2)
        let rightText = right.joined(separator: separator).truncated(toWidth: usable)
        let leftWidth = max(0, usable - rightText.displayWidth - (rightText.isEmpty ? 0 : 2))
        let leftText = left.joined(separator: separator).truncated(toWidth: leftWidth)
        region.put(leftText, x: 1, y: 0, style: style)
        region.put(rightText, x: region.width - 1 - rightText.displayWidth, y: 0, style: style)
    }
}
