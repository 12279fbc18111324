/// How many colours the terminal can show; themes are degraded to this level before drawing.
public enum ColorLevel: Int, Sendable, Hashable, Comparable, CaseIterable {
    /// No colour at all: attributes (bold, reverse, underline, dim) only.
    case none = 0
    case ansi8 = 8
    case ansi16 = 16
    case ansi256 = 256

    public static func < (a: ColorLevel, b: ColorLevel) -> Bool { a.rawValue < b.rawValue }

    /// Chooses a level from the terminal's colour count (ncurses `COLORS`), `TERM` and `NO_COLOR`.
    ///
    /// `NO_COLOR` with any non-empty value means no colour (https://no-color.org); `dumb` and the
    /// vt100 family have none; the Linux console has 8 (its bright colours come from bold).
    public static func detect(colors: Int, environment: [String: String]) -> ColorLevel {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return .none }
        let term = environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" || term.hasPrefix("vt1") || term.hasPrefix("vt2") { return .none }
        let fromCount: ColorLevel = colors >= 256 ? .ansi256 : colors >= 16 ? .ansi16 : colors >= 8 ? .ansi8 : .none
        if term == "linux" || term.hasPrefix("linux-") { return min(fromCount, .ansi8) }
        return fromCount
    }
}
