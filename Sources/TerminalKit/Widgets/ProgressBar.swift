/// A bar showing a fraction done, with an optional label and a percentage at the right.
public struct ProgressBar: Sendable {
    public var fraction: Double
    public var label: String
    /// Cells reserved for the label so several bars line up; the label's own width when nil.
    public var labelWidth: Int?

    public init(fraction: Double, label: String = "", labelWidth: Int? = nil) {
        self.fraction = fraction
        self.label = label
        self.labelWidth = labelWidth
    }

    /// The percentage text, e.g. " 42%" (always 4 cells); rounded down so 100% means done.
    public var percentText: String {
        let clamped = fraction.isFinite ? min(max(fraction, 0), 1) : 0
        return "\(Int((clamped * 100).rounded(.down)))%".padded(toWidth: 4, alignment: .right)
    }

    /// Draws "label ████▌     42%" on the first line of `region`.
    public func draw(into region: Region, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        var x = 0
        let width = min(labelWidth ?? label.displayWidth, region.width / 3)
        if width > 0 {
            region.put(label.fitted(toWidth: width), x: 0, y: 0, style: theme[.normal])
            x = width + 1
        }
        let barWidth = max(0, region.width - x - 5)
        region.fill(Rect(x: x, y: 0, width: barWidth, height: 1), with: "·", style: theme[.dim])
        region.put(BlockGlyphs.bar(fraction: fraction, width: barWidth, rounding: .down), x: x, y: 0, style: theme[.bar])
        region.put(percentText, x: x + barWidth + 1, y: 0, style: theme[.normal], maxWidth: 4)
    }
}
