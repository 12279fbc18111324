/// The screen shown instead of the app when the terminal is below its minimum size.
///
/// The message comes from the caller so it can be localized; the sizes line ("60×20 → 80×24") is
/// language-neutral. Safe at any size, including 1×1 and 0×0.
public enum TooSmallNotice {
    /// The minimum the JuryDesk screens are designed for.
    public static let standardMinimum = Size(width: 80, height: 24)

    /// True when `size` is below `minimum` in either dimension.
    public static func isTooSmall(_ size: Size, minimum: Size = standardMinimum) -> Bool { !size.fits(minimum) }

    /// Clears `region` and draws the message (wrapped) and the sizes, centred.
    public static func draw(into region: Region, minimum: Size = standardMinimum, message: String, theme: Theme = .default) {
        region.fill(style: theme[.normal])
        guard region.width > 0, region.height > 0 else { return }
        var lines = TextWrapper.wrap(message, width: region.width)
        lines.append("\(region.width)×\(region.height) → \(minimum.width)×\(minimum.height)")
        let shown = Array(lines.prefix(region.height))
        let top = max(0, (region.height - shown.count) / 2)
        for (i, line) in shown.enumerated() {
            let style = i == shown.count - 1 && shown.count > 1 ? theme[.dim] : theme[.warning]
            region.put(line, x: max(0, (region.width - line.displayWidth) / 2), y: top + i, style: style)
        }
    }
}
