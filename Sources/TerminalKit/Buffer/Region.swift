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
        guard width > 0 else { return }
        fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        putAligned(text, x: x, y: y, width: width, alignment: alignment, style: style)
    }

    /// Writes text aligned in `width` cells that already hold blanks of `style` (a table row just
    /// filled): what `put(_:x:y:width:alignment:style:)` draws, without writing the padding again.
    /// Padding strings built per cell were a third of a table's frame.
    public func putAligned(_ text: some StringProtocol, x: Int, y: Int, width: Int, alignment: TextAlignment, style: Style = .plain) {
        guard width > 0 else { return }
        let cell = Rect(x: origin.x + x, y: origin.y + y, width: width, height: 1)
        if alignment == .left && clip.intersection(cell) == cell {
            // Left-aligned text in a cell the clip does not cut (a table's usual cell) is drawn at once,
            // and measured only if it did not fit: measuring first was a fifth of drawing a table.
            guard buffer.putReportingOverflow(text, x: cell.x, y: cell.y, style: style, clip: cell).overflowed else { return }
            fill(Rect(x: x, y: y, width: width, height: 1), style: style)
        }
        var shown = text.displayWidth
        if shown > width {
            let cut = text.truncated(toWidth: width)
            shown = cut.displayWidth
            put(cut, x: x + Self.offset(of: shown, in: width, alignment), y: y, style: style, maxWidth: width)
            return
        }
        let offset = Self.offset(of: shown, in: width, alignment)
        put(text, x: x + offset, y: y, style: style, maxWidth: width - offset)
    }

    /// Where text `shown` cells wide starts in `width` cells, as `padded(toWidth:alignment:)` places it.
    private static func offset(of shown: Int, in width: Int, _ alignment: TextAlignment) -> Int {
        let gap = max(0, width - shown)
        switch alignment {
        case .left: return 0
        case .right: return gap
        case .center: return gap / 2
        }
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
