/// A terminal colour: the terminal's default, one of the 16 ANSI colours, or an xterm-256 palette index.
public enum Color: Sendable, Hashable {
    case `default`
    /// 0–7 are the normal colours (black, red, green, yellow, blue, magenta, cyan, white), 8–15 their bright variants.
    case ansi(UInt8)
    /// An index into the xterm 256-colour palette.
    case indexed(UInt8)

    public static let black = Color.ansi(0), red = Color.ansi(1), green = Color.ansi(2), yellow = Color.ansi(3)
    public static let blue = Color.ansi(4), magenta = Color.ansi(5), cyan = Color.ansi(6), white = Color.ansi(7)
    public static let brightBlack = Color.ansi(8), brightRed = Color.ansi(9), brightGreen = Color.ansi(10)
    public static let brightYellow = Color.ansi(11), brightBlue = Color.ansi(12), brightMagenta = Color.ansi(13)
    public static let brightCyan = Color.ansi(14), brightWhite = Color.ansi(15)

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Parses "default", "red", "bright-red" (or "brightRed"), or a palette index "0"…"255".
    public init?(name: String) {
        let lowered = String(name.lowercased().map { $0 == "_" ? "-" : $0 })
        if lowered == "default" || lowered == "none" { self = .default; return }
        if let index = UInt8(lowered) { self = index < 16 ? .ansi(index) : .indexed(index); return }
        var base = lowered
        var bright = false
        if base.hasPrefix("bright-") { base.removeFirst(7); bright = true } else if base.hasPrefix("bright") { base.removeFirst(6); bright = true }
        if base == "gray" || base == "grey" { self = bright ? .white : .brightBlack; return }
        guard let index = Color.names.firstIndex(of: base) else { return nil }
        self = .ansi(UInt8(index + (bright ? 8 : 0)))
    }

    /// The xterm palette number of this colour (nil for the default colour).
    public var paletteIndex: Int? {
        switch self {
        case .default: return nil
        case .ansi(let n): return Int(n & 15)
        case .indexed(let n): return Int(n)
        }
    }

    /// The closest colour the given capability level can show (256 → 16 → 8 → default).
    public func degraded(to level: ColorLevel) -> Color {
        guard let index = paletteIndex else { return .default }
        switch level {
        case .none: return .default
        case .ansi256: return self
        case .ansi16: return index < 16 ? .ansi(UInt8(index)) : .ansi(Color.nearest(to: Color.rgb(index), among: 16))
        case .ansi8:
            if index < 16 { return .ansi(UInt8(index % 8)) }
            return .ansi(Color.nearest(to: Color.rgb(index), among: 8))
        }
    }

    /// Approximate RGB of a palette index (the xterm defaults).
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        let basic: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if index < 16 { return basic[max(0, index)] }
        if index < 232 {
            let n = index - 16
            let level = { (v: Int) in v == 0 ? 0 : 55 + v * 40 }
            return (level(n / 36), level((n / 6) % 6), level(n % 6))
        }
        let gray = 8 + (index - 232) * 10
        return (gray, gray, gray)
    }

    /// True when text in `foreground` would be hard to tell from `background` at this level:
    /// the same colour (at 8 colours, bright and normal are one), or white on bright white.
    public static func blends(_ foreground: Color, with background: Color, at level: ColorLevel) -> Bool {
        guard let f = foreground.degraded(to: level).paletteIndex, let b = background.degraded(to: level).paletteIndex else { return false }
        if level == .ansi8 { return f % 8 == b % 8 }
        let light: Set<Int> = [7, 15]
        return f == b || (light.contains(f) && light.contains(b))
    }

    /// The basic colour nearest to `color` that does not blend with `background` (bright black, white or black).
    static func nearestVisible(to color: Color, on background: Color, at level: ColorLevel) -> Color {
        let candidates: [Int] = level == .ansi8 ? [7, 0] : [8, 7, 0, 15]
        let target = Color.rgb(color.paletteIndex ?? 7)
        var best: Color = background.paletteIndex.map { $0 % 8 == 0 ? Color.white : Color.black } ?? .white
        var bestDistance = Int.max
        for index in candidates {
            let candidate = Color.ansi(UInt8(index))
            guard !blends(candidate, with: background, at: level) else { continue }
            let c = Color.rgb(index)
            let d = (c.0 - target.0) * (c.0 - target.0) + (c.1 - target.1) * (c.1 - target.1) + (c.2 - target.2) * (c.2 - target.2)
            if d < bestDistance { best = candidate; bestDistance = d }
        }
        return best
    }

    /// True for colours a reader sees as dark (black, bright black, dark palette entries).
    public var isDark: Bool {
        guard let index = paletteIndex else { return false }
        let (r, g, b) = Color.rgb(index)
        return (r * 299 + g * 587 + b * 114) / 1000 < 110
    }

    private static func nearest(to rgb: (Int, Int, Int), among count: Int) -> UInt8 {
        var best = 0
        var bestDistance = Int.max
        for candidate in 0..<count {
            let c = Color.rgb(candidate)
            let d = (c.0 - rgb.0) * (c.0 - rgb.0) + (c.1 - rgb.1) * (c.1 - rgb.1) + (c.2 - rgb.2) * (c.2 - rgb.2)
            if d < bestDistance { best = candidate; bestDistance = d }
        }
        return UInt8(best)
    }
}
