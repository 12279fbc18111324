/// A one-line trend of values drawn with ▁▂▃▄▅▆▇█ (the most recent values when there are more than cells).
public struct Sparkline: Sendable {
    public var values: [Double]

    public init(_ values: [Double]) { self.values = values }

    /// The sparkline as text, at most `width` characters (all values when nil).
    public func render(width: Int? = nil) -> String {
        let shown = width.map { Array(values.suffix(max(0, $0))) } ?? values
        let finite = shown.filter(\.isFinite)
        guard let low = finite.min(), let high = finite.max() else { return String(repeating: " ", count: shown.count) }
        let levels = BlockGlyphs.levels
        return String(shown.map { value -> Character in
            guard value.isFinite else { return " " }
            guard high > low else { return levels[levels.count / 2] }
            let index = Int(((value - low) / (high - low) * Double(levels.count - 1)).rounded())
            return levels[min(max(0, index), levels.count - 1)]
        })
    }

    public func draw(into region: Region, theme: Theme = .default) {
        region.put(render(width: region.width), x: 0, y: 0, style: theme[.bar])
    }
}
