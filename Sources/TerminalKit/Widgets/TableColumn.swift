/// A table column: title, width in display cells (fixed or a flexible share) and alignment.
public struct TableColumn: Sendable, Hashable {
    /// How wide a column is.
    public enum Width: Sendable, Hashable {
        /// Exactly this many display cells (less if the table is too narrow).
        case fixed(Int)
        /// A share of the width left after fixed columns, in proportion to `weight`, at least `minimum` cells.
        case flexible(weight: Int = 1, minimum: Int = 4)
    }

    public var title: String
    public var width: Width
    public var alignment: TextAlignment

    public init(_ title: String, width: Width = .flexible(), alignment: TextAlignment = .left) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }

    /// Widths in cells for `columns` in `totalWidth`, with `spacing` cells between columns.
    public static func layout(_ columns: [TableColumn], totalWidth: Int, spacing: Int = 1) -> [Int] {
        guard !columns.isEmpty else { return [] }
        let available = max(0, totalWidth - spacing * (columns.count - 1))
        var widths = Array(repeating: 0, count: columns.count)
        var remaining = available
        for (i, column) in columns.enumerated() {
            if case .fixed(let w) = column.width {
                widths[i] = min(max(0, w), remaining)
                remaining -= widths[i]
            }
        }
        var flexible: [(index: Int, weight: Int, minimum: Int)] = []
        for (i, column) in columns.enumerated() {
            if case let .flexible(weight, minimum) = column.width { flexible.append((i, max(1, weight), max(0, minimum))) }
        }
        let totalWeight = flexible.reduce(0) { $0 + $1.weight }
        var left = remaining
        for (n, column) in flexible.enumerated() {
            let share = n == flexible.count - 1 ? left : remaining * column.weight / max(1, totalWeight)
            widths[column.index] = max(0, min(left, max(column.minimum, share)))
            left -= widths[column.index]
        }
        return widths
    }
}
