/// Horizontal alignment of text inside a fixed number of cells.
public enum TextAlignment: String, Sendable, Hashable, Codable, CaseIterable {
    case left, right, center
}
