/// One terminal cell: a grapheme cluster and its style; a wide character fills a leading cell and a continuation cell.
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn here (a space for blanks; unused in a continuation cell).
    public var character: Character
    public var style: Style
    /// 1 for a normal cell, 2 for the leading half of a wide character, 0 for its continuation half.
    public var width: UInt8

    public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.character = character
        self.style = style
        self.width = width
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", style: style) }

    /// True for the right half of a wide character, which a terminal must never write to.
    public var isContinuation: Bool { width == 0 }
}
