// Truncation and padding measured in display cells, never in characters or bytes.
extension StringProtocol {
    /// The text cut to at most `width` cells, ending with `ellipsis` when anything was removed.
    ///
    /// A wide character that would straddle the limit is dropped whole, so the result can be one
    /// cell narrower than `width`; use `fitted(toWidth:)` to get exactly `width` cells.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return String(self) }
        let ellipsisWidth = ellipsis.displayWidth
        let mark = ellipsisWidth <= width ? ellipsis : ""
        let budget = width - mark.displayWidth
        var result = ""
        var used = 0
        for character in self {
            let w = DisplayWidth.of(character)
            if used + w > budget { break }
            result.append(character)
            used += w
        }
        return result + mark
    }

    /// The text padded with spaces to `width` cells (unchanged when already at least that wide).
    public func padded(toWidth width: Int, alignment: TextAlignment = .left) -> String {
        let gap = width - displayWidth
        guard gap > 0 else { return String(self) }
        switch alignment {
        case .left: return String(self) + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + String(self)
        case .center:
            let left = gap / 2
            return String(repeating: " ", count: left) + String(self) + String(repeating: " ", count: gap - left)
        }
    }

    /// Exactly `width` cells: truncated with an ellipsis if too long, then padded with `alignment`.
    public func fitted(toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…") -> String {
        truncated(toWidth: width, ellipsis: ellipsis).padded(toWidth: width, alignment: alignment)
    }
}
