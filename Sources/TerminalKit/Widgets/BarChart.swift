/// Horizontal bars with labels and values, precise to an eighth of a cell (▏▎▍▌▋▊▉█).
public struct BarChart: Sendable {
    /// One bar.
    public struct Item: Sendable, Hashable {
        public var label: String
        public var value: Double
        public init(_ label: String, _ value: Double) { self.label = label; self.value = value }
    }

    public var items: [Item]
    /// The value of a full-length bar; the largest item when nil.
    public var maxValue: Double?
    /// Formats the number printed after each bar.
    public var format: @Sendable (Double) -> String

    public init(items: [Item], maxValue: Double? = nil,
                format: @escaping @Sendable (Double) -> String = { BarChart.oneDecimal($0) }) {
        self.items = items
        self.maxValue = maxValue
        self.format = format
    }

    /// Formats with one decimal place without Foundation: 8.25 → "8.3".
    public static func oneDecimal(_ value: Double) -> String {
        guard value.isFinite else { return "-" }
        let tenths = Int((value * 10).rounded())
        return (tenths < 0 ? "-" : "") + "\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Draws one bar per line from the top of `region`.
    public func draw(into region: Region, theme: Theme = .default) {
        guard region.width > 0 else { return }
        let top = maxValue ?? items.map(\.value).max() ?? 0
        let labelWidth = min(items.map(\.label.displayWidth).max() ?? 0, region.width / 3)
        let values = items.map { format($0.value) }
        let valueWidth = values.map(\.displayWidth).max() ?? 0
        let barWidth = max(0, region.width - labelWidth - valueWidth - 2)
        for (row, item) in items.prefix(region.height).enumerated() {
            region.put(item.label.fitted(toWidth: labelWidth), x: 0, y: row, style: theme[.normal])
            let fraction = top > 0 ? item.value / top : 0
            let bar = BlockGlyphs.bar(fraction: fraction, width: barWidth)
            region.put(bar, x: labelWidth + 1, y: row, style: theme[.bar])
            region.put(values[row].padded(toWidth: valueWidth, alignment: .right), x: labelWidth + 2 + barWidth, y: row, style: theme[.normal])
        }
    }
}
