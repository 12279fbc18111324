/// A border of box-drawing characters with an optional title; returns the region inside it.
public struct Box: Sendable {
    public var title: String?
    public var borderRole: ThemeRole
    public var titleRole: ThemeRole
    /// Style for the inside (filled when drawing), or nil to leave it as it is.
    public var fillRole: ThemeRole?

    public init(title: String? = nil, borderRole: ThemeRole = .border, titleRole: ThemeRole = .title, fillRole: ThemeRole? = nil) {
        self.title = title
        self.borderRole = borderRole
        self.titleRole = titleRole
        self.fillRole = fillRole
    }

    /// Draws the border around the whole region and returns the inner region (empty if too small).
    @discardableResult
    public func draw(into region: Region, theme: Theme = .default) -> Region {
        let w = region.width, h = region.height
        let inner = region.region(Rect(x: 1, y: 1, width: max(0, w - 2), height: max(0, h - 2)))
        guard w >= 2, h >= 2 else { return inner }
        if let fillRole { region.fill(style: theme[fillRole]) }
        let border = theme[borderRole]
        let horizontal = String(repeating: "─", count: w - 2)
        region.put("┌" + horizontal + "┐", x: 0, y: 0, style: border)
        region.put("└" + horizontal + "┘", x: 0, y: h - 1, style: border)
        for y in 1..<(h - 1) {
            region.put("│", x: 0, y: y, style: border)
            region.put("│", x: w - 1, y: y, style: border)
        }
        if let title, !title.isEmpty, w > 4 {
            let shown = " " + title.truncated(toWidth: w - 6) + " "
            region.put(shown, x: 2, y: 0, style: theme[titleRole], maxWidth: w - 4)
        }
        return inner
    }
}
