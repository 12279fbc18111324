/// A width×height grid of cells that widgets draw into and a `Terminal` presents.
///
/// A reference type so that `Region` views can draw into it without copying; the render loop owns
/// one buffer per frame (use `copy()` to keep a frame, as terminals do for diffing).
/// Invariant: every wide character is a leading cell (width 2) followed by a continuation cell
/// (width 0); no half of a wide character is ever left on its own.
public final class ScreenBuffer {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Row-major cells, `width * height` of them.
    public private(set) var cells: [Cell]
    /// Where the terminal should show its cursor (a focused text field sets it), or nil to hide it.
    public var cursor: Point?

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public convenience init(size: Size) { self.init(width: size.width, height: size.height) }

    public var size: Size { Size(width: width, height: height) }
    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    /// An independent copy (the previous frame a terminal diffs against).
    public func copy() -> ScreenBuffer {
        let other = ScreenBuffer(width: 0, height: 0)
        other.width = width
        other.height = height
        other.cells = cells
        other.cursor = cursor
        return other
    }

    /// The cell at a position; a blank cell outside the buffer.
    public subscript(x: Int, y: Int) -> Cell {
        guard x >= 0, x < width, y >= 0, y < height else { return .blank() }
        return cells[y * width + x]
    }

    /// Blanks every cell and hides the cursor.
    public func clear(style: Style = .plain) {
        let blank = Cell.blank(style)
        cells.withUnsafeMutableBufferPointer { cells in
            for i in cells.indices { cells[i] = blank }
        }
        cursor = nil
    }

    /// Changes the size and blanks the content (drawing always starts from a clean frame).
    public func resize(to size: Size) {
        width = max(0, size.width)
        height = max(0, size.height)
        cells = Array(repeating: .blank(), count: width * height)
        cursor = nil
    }

    /// A view of the whole buffer.
    public var region: Region { Region(buffer: self, origin: Point(x: 0, y: 0), size: size, clip: bounds) }

    /// A view clipped to `rect`, with coordinates local to its top-left corner.
    public func region(_ rect: Rect) -> Region { region.region(rect) }

    /// Writes text at (x, y), clipped to the buffer and to `clipWidth` cells; returns the column after the text.
    @discardableResult
    public func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clipWidth: Int? = nil) -> Int {
        var clip = bounds
        if let clipWidth { clip = clip.intersection(Rect(x: x, y: y, width: max(0, clipWidth), height: 1)) }
        return put(text, x: x, y: y, style: style, clip: clip)
    }

    /// Writes text clipped to an absolute rectangle; a wide character cut by an edge becomes a space.
    ///
    /// The cells are borrowed once for the whole text: each `cells[i]` of a class's array is an
    /// exclusivity check at run time, and a 200×60 frame is 12,000 cells.
    @discardableResult
    func put(_ text: some StringProtocol, x: Int, y: Int, style: Style, clip rawClip: Rect) -> Int {
        putReportingOverflow(text, x: x, y: y, style: style, clip: rawClip).end
    }

    /// The same, also telling whether any of the text fell beyond the clip's right edge, so a caller
    /// that must cut long text with "…" learns it from the drawing instead of measuring first.
    func putReportingOverflow(_ text: some StringProtocol, x: Int, y: Int, style: Style, clip rawClip: Rect) -> (end: Int, overflowed: Bool) {
        let clip = rawClip.intersection(bounds)
        guard y >= clip.y, y < clip.maxY, !clip.isEmpty else { return (x + text.displayWidth, false) }
        let row = y * width, width = self.width, packed = StylePacking.pack(style)
        return cells.withUnsafeMutableBufferPointer { cells in
            var cx = x
            var cut = false
            func put(_ code: UInt32, _ w: Int) -> Bool {
                // Zero-width clusters (a lone joiner, control characters) have no cell of their own.
                if w == 0 { return true }
                if cx >= clip.maxX { cut = true; return false }
                if cx + w <= clip.x { cx += w; return true }
                if cx < clip.x || cx + w > clip.maxX {
                    for px in max(cx, clip.x)..<min(cx + w, clip.maxX) { Self.place(Cell.spaceCode, packedStyle: packed, width: 1, x: px, row: row, rowWidth: width, in: cells) }
                } else {
                    Self.place(code, packedStyle: packed, width: w, x: cx, row: row, rowWidth: width, in: cells)
                }
                cx += w
                return true
            }
            // Simple text (see `SimpleText`) scalar by scalar: no grapheme breaking, the most of a frame's
            // cost. At the first scalar that is not simple, the text is drawn again by grapheme clusters
            // from its start: the cells already written are the same ones again, except for a cluster
            // that the scalar joins.
            var simple = true
            for scalar in text.unicodeScalars {
                guard SimpleText.isSimple(scalar.value) else { simple = false; break }
                if !put(scalar.value, DisplayWidth.of(scalar)) { break }
            }
            if !simple {
                cx = x
                cut = false
                for character in text where !put(Cell.code(of: character), DisplayWidth.of(character)) { break }
            }
            return (cx, cut || cx > clip.maxX)
        }
    }

    /// Fills a rectangle (clipped to the buffer) with a narrow character.
    public func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
        fill(rect, with: character, style: style, clip: bounds)
    }

    func fill(_ rect: Rect, with character: Character, style: Style, clip: Rect) {
        let area = rect.intersection(clip).intersection(bounds)
        guard !area.isEmpty else { return }
        if DisplayWidth.of(character) != 1 {
            let line = String(repeating: String(character), count: (area.width + 1) / 2)
            for y in area.y..<area.maxY { put(line, x: area.x, y: y, style: style, clip: area) }
            return
        }
        let width = self.width, cell = Cell(code: Cell.code(of: character), style: style, width: 1)
        cells.withUnsafeMutableBufferPointer { cells in
            for y in area.y..<area.maxY {
                let row = y * width, last = row + area.maxX - 1
                // Only a wide character across either edge loses a half to the fill: blank its other half.
                if cells[row + area.x].isContinuation, area.x > 0 { cells[row + area.x - 1] = .blank(packedStyle: cells[row + area.x - 1].packedStyle) }
                if cells[last].width == 2, area.maxX < width { cells[last + 1] = .blank(packedStyle: cells[last + 1].packedStyle) }
                for i in (row + area.x)...last { cells[i] = cell }
            }
        }
    }

    /// Changes the style of cells in a rectangle without changing their text (e.g. highlighting a row).
    public func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let width = self.width
        cells.withUnsafeMutableBufferPointer { cells in
            for y in area.y..<area.maxY {
                for x in area.x..<area.maxX { cells[y * width + x].style = transform(cells[y * width + x].style) }
            }
        }
    }

    /// Stores one character in row `row` (its first cell's index), first blanking any wide
    /// character whose other half it would orphan.
    private static func place(_ code: UInt32, packedStyle: UInt32, width w: Int, x: Int, row: Int, rowWidth: Int,
                              in cells: UnsafeMutableBufferPointer<Cell>) {
        if cells[row + x].isContinuation, x > 0 {
            cells[row + x - 1] = .blank(packedStyle: cells[row + x - 1].packedStyle)
        }
        let last = x + w - 1
        if cells[row + last].width == 2, last + 1 < rowWidth {
            cells[row + last + 1] = .blank(packedStyle: cells[row + last + 1].packedStyle)
        }
        cells[row + x] = Cell(code: code, packedStyle: packedStyle, width: UInt8(w))
        if w == 2 { cells[row + x + 1] = Cell(code: Cell.spaceCode, packedStyle: packedStyle, width: 0) }
    }

    /// The text of each row (continuation cells skipped), for tests and snapshots.
    public func lines(trimmingTrailingSpaces trim: Bool = true) -> [String] {
        (0..<height).map { y in
            var line = ""
            for x in 0..<width where !cells[y * width + x].isContinuation {
                let cell = cells[y * width + x]
                if let scalar = cell.scalar { line.unicodeScalars.append(scalar) } else { line.append(cell.character) }
            }
            if trim { while line.last == " " { line.removeLast() } }
            return line
        }
    }

    /// All rows joined with newlines, trailing spaces trimmed.
    public var text: String { lines().joined(separator: "\n") }
}

extension ScreenBuffer: Equatable {
    public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursor == b.cursor
    }
}
