import JuryCore

/// One sheet of a workbook as rows of display text: `line` is the sheet's row number, field i is
/// column i (A = 0), so a problem found in it can be named `Sheet1!F7`.
public struct Worksheet: Sendable {
    public var name: String
    public var rows: [CSVReader.Record]

    public init(name: String, rows: [CSVReader.Record]) {
        self.name = name
        self.rows = rows
    }

    /// The text of one cell, "" when empty.
    public subscript(_ reference: String) -> String {
        guard let ref = CellReference(reference),
              let row = rows.first(where: { $0.line == ref.row }), ref.column < row.fields.count else { return "" }
        return row.fields[ref.column]
    }
}
