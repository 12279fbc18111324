#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
                guard let now = cells.baseAddress, let old = before.baseAddress else { return }
                for y in 0..<height {
                    let row = y * width
                    // Cells are plain data without padding: a row left as it was is skipped as bytes.
                    if memcmp(now + row, old + row, width * MemoryLayout<Cell>.stride) == 0 { continue }
                    // The row's changed stretches as column ranges first, touching ones merged; each
                    // becomes one array of cells at the end (growing a run's array as it merged copied it).
                    var x = 0, spanStart = -1, spanEnd = -1
                    func emit() {
                        guard spanStart >= 0 else { return }
                        runs.append(CellRun(x: spanStart, y: y, cells: Array(cells[(row + spanStart)..<(row + spanEnd)])))
                    }
                    while x < width {
                        guard cells[row + x] != before[row + x] else { x += 1; continue }
                        var start = x
                        if cells[row + start].isContinuation, start > 0 { start -= 1 }
                        var end = x + 1
                        while end < width, cells[row + end] != before[row + end] { end += 1 }
                        if cells[row + end - 1].width == 2, end < width { end += 1 }
                        if spanStart >= 0 && spanEnd >= start {
                            spanEnd = end
                        } else {
                            emit()
                            (spanStart, spanEnd) = (start, end)
                        }
                        x = end
                    }
                    emit()
                }
            }
        }
        return runs
    }
}
