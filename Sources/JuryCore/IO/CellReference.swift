/// A spreadsheet cell address such as `F7`: 0-based column, 1-based row, as A1 notation writes it.
public struct CellReference: Hashable, Sendable, CustomStringConvertible {
    /// 0-based column (A = 0).
    public var column: Int
    /// 1-based row, as the spreadsheet numbers it.
    public var row: Int

    /// Excel's last column (XFD) and row; a reference past them is not a cell.
    public static let maxColumns = 16_384
    public static let maxRows = 1_048_576

    public init(column: Int, row: Int) {
        self.column = column
        self.row = row
    }

    /// Parses `F7` (or `$F$7`); nil for anything else, or an address past XFD1048576.
    public init?(_ text: some StringProtocol) {
        var column = 0, row = 0, letters = 0, digits = 0
        for byte in text.utf8 where byte != UInt8(ascii: "$") {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "A")) + 1
                letters += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z") where digits == 0:
                column = column * 26 + Int(byte - UInt8(ascii: "a")) + 1
                letters += 1
            case UInt8(ascii: "0")...UInt8(ascii: "9") where letters > 0:
                row = row * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            default:
                return nil
            }
            if letters > 3 || digits > 7 { return nil }
        }
        guard letters > 0, digits > 0, column <= Self.maxColumns, row >= 1, row <= Self.maxRows else { return nil }
        self.init(column: column - 1, row: row)
    }

    /// `A`, `Z`, `AA`, … for a 0-based column.
    public static func letters(_ column: Int) -> String {
        var n = column + 1
        var out: [Character] = []
        while n > 0 {
            let r = (n - 1) % 26
            out.insert(Character(Unicode.Scalar(UInt8(65 + r))), at: 0)
            n = (n - 1) / 26
        }
        return String(out)
    }

    public var description: String { Self.letters(column) + String(row) }
}
