/// One terminal cell: a grapheme cluster and its style; a wide character fills a leading cell and a continuation cell.
///
/// Eight bytes of plain data, so a frame of cells is cleared, copied, compared and freed as bytes:
/// with a `Character` stored in each cell, retaining and releasing 5,000–12,000 strings a frame was a
/// third of drawing one, and comparing two cells field by field most of the diff.
public struct Cell: Sendable, Hashable {
    /// The grapheme: one Unicode scalar's value, or, with `clusterFlag` set, the number
    /// `GraphemeClusters` gave a cluster of several scalars (an emoji sequence, a flag, a combining mark).
    private(set) var code: UInt32
    /// The style and the width, packed by `StylePacking` (bits 0–27) with the width in bits 28–31.
    private var looks: UInt32

    /// Two cells are the same when both integers are: what `==` compares, spelled out so a frame's
    /// diff never goes through a witness.
    @inline(__always)
    public static func == (a: Cell, b: Cell) -> Bool { a.code == b.code && a.looks == b.looks }

    /// Marks a `code` that numbers a cluster rather than being a scalar (scalars stop at 0x10FFFF).
    static let clusterFlag: UInt32 = 0x8000_0000
    static let spaceCode: UInt32 = 0x20

    public init(_ character: Character = " ", style: Style = .plain, width: UInt8 = 1) {
        self.init(code: Cell.code(of: character), style: style, width: width)
    }

    /// A cell of one scalar, which is its own grapheme cluster (no `Character` is made).
    init(scalar: Unicode.Scalar, style: Style, width: UInt8) {
        self.init(code: scalar.value, style: style, width: width)
    }

    init(code: UInt32, style: Style, width: UInt8) {
        self.init(code: code, packedStyle: StylePacking.pack(style), width: width)
    }

    /// A cell from a style packed once for many cells (a line of text, a fill).
    @inline(__always)
    init(code: UInt32, packedStyle: UInt32, width: UInt8) {
        self.code = code
        looks = packedStyle | UInt32(width & 0xF) << 28
    }

    public var style: Style {
        get { StylePacking.unpack(looks) }
        set { looks = StylePacking.pack(newValue) | looks & 0xF000_0000 }
    }

    /// The packed style alone (no width), to write more cells in the same style.
    var packedStyle: UInt32 { looks & 0x0FFF_FFFF }

    /// 1 for a normal cell, 2 for the leading half of a wide character, 0 for its continuation half.
    public var width: UInt8 {
        get { UInt8(looks >> 28) }
        set { looks = looks & 0x0FFF_FFFF | UInt32(newValue & 0xF) << 28 }
    }

    /// A blank cell in the given style.
    public static func blank(_ style: Style = .plain) -> Cell { Cell(code: spaceCode, style: style, width: 1) }

    /// A blank cell in a packed style.
    static func blank(packedStyle: UInt32) -> Cell { Cell(code: spaceCode, packedStyle: packedStyle, width: 1) }

    /// The grapheme drawn here (a space for blanks; unused in a continuation cell).
    public var character: Character {
        get {
            if code & Cell.clusterFlag != 0 { return GraphemeClusters.shared.character(numbered: code) }
            return Character(Unicode.Scalar(code) ?? " ")
        }
        set { code = Cell.code(of: newValue) }
    }

    /// The scalar drawn here when the grapheme is a single one (nearly always), read without making
    /// a `Character`; nil for a cluster of several scalars.
    public var scalar: Unicode.Scalar? {
        code & Cell.clusterFlag == 0 ? Unicode.Scalar(code) : nil
    }

    /// True for the right half of a wide character, which a terminal must never write to.
    public var isContinuation: Bool { looks >> 28 == 0 }

    /// A single scalar is its own code; a longer cluster is numbered once per process.
    static func code(of character: Character) -> UInt32 {
        let scalars = character.unicodeScalars
        if let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        return GraphemeClusters.shared.number(of: character)
    }
}
