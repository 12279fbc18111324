/// A horizontal run of changed cells that a terminal must rewrite.
public struct CellRun: Sendable, Hashable {
    public var x: Int
    public var y: Int
    /// The new cells, continuation cells included so that `x + index` is each cell's column.
    public var cells: [Cell]
}

extension ScreenBuffer {
    /// The runs of cells that differ from `previous`; every cell when there is none or its size differs.
    ///
    /// A run never starts on a continuation cell or ends on a leading wide cell, so a terminal can
    /// write it without splitting a wide character.
    public func diff(from previous: ScreenBuffer?) -> [CellRun] {
        let width = self.width
        guard let previous, previous.width == width, previous.height == height else {
            return (0..<height).map { y in CellRun(x: 0, y: y, cells: Array(cells[(y * width)..<((y + 1) * width)])) }
        }
        var runs: [CellRun] = []
        // Both frames borrowed once: each `cells[i]` of a class's array is an exclusivity check.
        cells.withUnsafeBufferPointer { cells in
            previous.cells.withUnsafeBufferPointer { before in
                for y in 0..<height {
                    let row = y * width
                    var x = 0
                    while x < width {
                        guard cells[row + x] != before[row + x] else { x += 1; continue }
                        var start = x
                        if cells[row + start].isContinuation, start > 0 { start -= 1 }
                        var end = x + 1
                        while end < width, cells[row + end] != before[row + end] { end += 1 }
                        if cells[row + end - 1].width == 2, end < width { end += 1 }
                        if let last = runs.last, last.y == y, last.x + last.cells.count >= start {
                            let from = last.x + last.cells.count
                            runs[runs.count - 1].cells.append(contentsOf: cells[(row + from)..<(row + end)])
                        } else {
                            runs.append(CellRun(x: start, y: y, cells: Array(cells[(row + start)..<(row + end)])))
                        }
                        x = end
                    }
                }
            }
        }
        return runs
    }
}
