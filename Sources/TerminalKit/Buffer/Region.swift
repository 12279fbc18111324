/// A rectangular view of a `ScreenBuffer` with local coordinates; all drawing is clipped to it.
///
/// Regions nest: `region.region(rect)` is clipped to both rectangles. Widgets draw into a region
/// and never see the rest of the screen.
public struct Region {
    public let buffer: ScreenBuffer
    /// Absolute position of the region's (0, 0).
    public let origin: Point
    /// The requested size; drawing beyond it, or beyond the parent, is clipped.
    public let size: Size
    /// Absolute rectangle that drawing is clipped to.
    public let clip: Rect

    init(buffer: ScreenBuffer, origin: Point, size: Size, clip: Rect) {
        self.buffer = buffer
        self.origin = origin
        self.size = Size(width: max(0, size.width), height: max(0, size.height))
        self.clip = clip.intersection(Rect(x: origin.x, y: origin.y, width: self.size.width, height: self.size.height))
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The region's own rectangle in local coordinates.
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// A sub-region; `rect` is in this region's local coordinates.
    public func region(_ rect: Rect) -> Region {
        Region(buffer: buffer, origin: Point(x: origin.x + rect.x, y: origin.y + rect.y), size: rect.size, clip: clip)
    }

    /// Writes text at a local position, at most `maxWidth` cells; returns the local column after it.
    @discardableResult
    public func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        var area = clip
        if let maxWidth { area = area.intersection(Rect(x: origin.x + x, y: origin.y + y, width: max(0, maxWidth), height: 1)) }
        return buffer.put(text, x: origin.x + x, y: origin.y + y, style: style, clip: area) - origin.x
    }

    /// Writes text fitted to exactly `width` cells (truncated with "…" or padded) with the given alignment.
    public func put(_ text: some StringProtocol, x: Int, y: Int, width: Int, alignment: TextAlignment, style: Style = .plain) {
        put(text.fitted(toWidth: width, alignment: alignment), x: x, y: y, style: style, maxWidth: width)
    }

    /// Fills a local rectangle (the whole region by default).
    public func fill(_ rect: Rect? = nil, with character: Character = " ", style: Style = .plain) {
        let local = rect ?? bounds
        buffer.fill(Rect(x: origin.x + local.x, y: origin.y + local.y, width: local.width, height: local.height),
                    with: character, style: style, clip: clip)
    }

    /// The cell at a local position (blank outside the buffer).
    public func cell(x: Int, y: Int) -> Cell { buffer[origin.x + x, origin.y + y] }

    /// Asks the terminal to show its cursor at a local position (if it is inside the region).
    public func setCursor(x: Int, y: Int) {
        let p = Point(x: origin.x + x, y: origin.y + y)
        if clip.contains(x: p.x, y: p.y) { buffer.cursor = p }
    }
}
