/// Text attributes a terminal can show without colour.
public struct TextAttributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let underline = TextAttributes(rawValue: 2)
    public static let reverse = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)

    static let names: [(String, TextAttributes)] = [("bold", .bold), ("underline", .underline), ("reverse", .reverse), ("dim", .dim)]
}

/// Foreground, background and attributes of a cell.
public struct Style: Sendable, Hashable {
    public var foreground: Color
    public var background: Color
    public var attributes: TextAttributes

    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default colours with no attributes.
    public static let plain = Style()

    /// This style with extra attributes.
    public func adding(_ extra: TextAttributes) -> Style {
        var copy = self
        copy.attributes.formUnion(extra)
        return copy
    }

    /// This style as the given colour level can show it, assuming a dark terminal background.
    ///
    /// When colour is dropped entirely, a coloured background becomes reverse video so that
    /// highlighted things (a selected row, a status bar) stay visible.
    public func degraded(to level: ColorLevel) -> Style {
        degraded(to: level, darkBackground: true)
    }

    /// This style as the given colour level can show it on a dark (or light) terminal background.
    ///
    /// A palette foreground whose nearest 8 or 16 colour would vanish into the background behind it
    /// (grey 240 becomes black, and borders disappear on a black console) is given the nearest
    /// colour that stays visible instead: white or bright black on dark, black or bright black on light.
    public func degraded(to level: ColorLevel, darkBackground: Bool) -> Style {
        guard level == .none else {
            var attrs = attributes
            // An 8-colour terminal (the Linux console) shows bright foregrounds as bold.
            if level == .ansi8, let index = foreground.paletteIndex, (8..<16).contains(index) { attrs.insert(.bold) }
            var fg = foreground.degraded(to: level)
            let bg = background.degraded(to: level)
            if level < .ansi256, case .indexed = foreground, fg != .default {
                let behind: Color = bg != .default ? bg : (darkBackground ? .black : .white)
                if Color.blends(fg, with: behind, at: level) {
                    fg = Color.nearestVisible(to: foreground, on: behind, at: level)
                }
            }
            return Style(foreground: fg, background: bg, attributes: attrs)
        }
        var attrs = attributes
        if background != .default { attrs.insert(.reverse) }
        return Style(attributes: attrs)
    }
}
