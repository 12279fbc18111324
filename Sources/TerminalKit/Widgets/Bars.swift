/// Block characters for drawing fractional bars and sparklines.
enum BlockGlyphs {
    /// Left-aligned partial blocks: index n is n/8 of a cell (index 0 unused).
    static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
    /// Rising blocks for sparklines, lowest to highest.
    static let levels: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    /// A horizontal bar `fraction` (0…1) of `width` cells long, precise to an eighth of a cell.
    static func bar(fraction: Double, width: Int, rounding: FloatingPointRoundingRule = .toNearestOrAwayFromZero) -> String {
        guard width > 0, fraction.isFinite else { return "" }
        let eighthsTotal = Int((min(max(fraction, 0), 1) * Double(width * 8)).rounded(rounding))
        var text = String(repeating: "█", count: eighthsTotal / 8)
        if eighthsTotal % 8 > 0 { text.append(eighths[eighthsTotal % 8]) }
        return text
    }
}
