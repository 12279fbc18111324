/// Splits a rectangle into rows or columns of fixed, percentage and fill sizes, so screens do no rectangle arithmetic.
///
/// `Layout.rows([.fixed(1), .fill, .fixed(1)], in: rect)` gives a title line, a body and a status
/// line. When space runs out, fixed sizes are served first, then percentages, then fills, each
/// group in order from the first; what cannot be served gets zero cells (never a negative size),
/// and the result always has one rectangle per length, in order, inside `rect`.
public enum Layout {
    /// The size of one part along the split axis.
    public enum Length: Sendable, Hashable {
        /// Exactly this many cells (fewer if there is not room).
        case fixed(Int)
        /// This percentage of the whole length (rounded down), before spacing.
        case percent(Int)
        /// An equal share of what is left; the first fills take the leftover cells of an uneven division.
        case fill
        /// A share of what is left in proportion to the weight, alongside `.fill` (which weighs 1).
        case weighted(Int)
    }

    /// Rectangles stacked top to bottom, `spacing` blank lines apart.
    public static func rows(_ lengths: [Length], in rect: Rect, spacing: Int = 0) -> [Rect] {
        sizes(lengths, total: rect.height, spacing: spacing).map { part in
            Rect(x: rect.x, y: rect.y + part.offset, width: max(0, rect.width), height: part.size)
        }
    }

    /// Rectangles side by side from left to right, `spacing` blank columns apart.
    public static func columns(_ lengths: [Length], in rect: Rect, spacing: Int = 0) -> [Rect] {
        sizes(lengths, total: rect.width, spacing: spacing).map { part in
            Rect(x: rect.x + part.offset, y: rect.y, width: part.size, height: max(0, rect.height))
        }
    }

    /// Offsets and sizes along one axis of `total` cells.
    public static func sizes(_ lengths: [Length], total: Int, spacing: Int = 0) -> [(offset: Int, size: Int)] {
        guard !lengths.isEmpty else { return [] }
        let total = max(0, total)
        let gaps = max(0, spacing) * (lengths.count - 1)
        var remaining = max(0, total - gaps)
        var sizes = Array(repeating: 0, count: lengths.count)
        for (i, length) in lengths.enumerated() {
            if case .fixed(let n) = length {
                sizes[i] = min(max(0, n), remaining)
                remaining -= sizes[i]
            }
        }
        for (i, length) in lengths.enumerated() {
            if case .percent(let p) = length {
                sizes[i] = min(total * min(max(0, p), 100) / 100, remaining)
                remaining -= sizes[i]
            }
        }
        var weights = Array(repeating: 0, count: lengths.count)
        for (i, length) in lengths.enumerated() {
            switch length {
            case .fill: weights[i] = 1
            case .weighted(let w): weights[i] = max(0, w)
            default: break
            }
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 {
            let share = remaining
            var given = 0
            for i in lengths.indices where weights[i] > 0 {
                sizes[i] = share * weights[i] / totalWeight
                given += sizes[i]
            }
            var leftover = share - given
            for i in lengths.indices where weights[i] > 0 && leftover > 0 {
                sizes[i] += 1
                leftover -= 1
            }
        }
        // Gaps are placed only while there is room for them, so nothing lies outside the total.
        var result: [(offset: Int, size: Int)] = []
        var offset = 0
        for (i, size) in sizes.enumerated() {
            let start = min(offset, total)
            result.append((start, min(size, total - start)))
            offset = start + size + (i < sizes.count - 1 ? max(0, spacing) : 0)
        }
        return result
    }
}
