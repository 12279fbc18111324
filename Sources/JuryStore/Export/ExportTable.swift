import JuryCore

/// A table ready to be written as CSV: a header row and the data rows.
public struct ExportTable: Sendable {
    public var header: [String]
    public var rows: [[String]]
    /// The columns (0-based) that hold numbers; every other column is text, and a text cell that a
    /// spreadsheet would run as a formula is defused in `csvBytes`.
    public var numericColumns: Set<Int>

    public init(header: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        self.header = header
        self.rows = rows
        self.numericColumns = numericColumns
    }

    /// UTF-8 CSV with a byte-order mark (so Excel shows Chinese) and CRLF line ends; text cells
    /// starting with `=`, `+`, `-`, `@`, tab or CR get a leading apostrophe, numbers stay numbers.
    public var csvBytes: [UInt8] {
        CSVWriter(byteOrderMark: true, defusesFormulas: true, numericColumns: numericColumns).data([header] + rows)
    }

    /// The same table with every cell made safe to show on a terminal (control characters, escape
    /// sequences and bidi overrides as visible escapes); for stdout when it is a terminal.
    public func terminalSafe() -> ExportTable {
        ExportTable(header: header.map(TerminalSafeText.escape),
                    rows: rows.map { $0.map(TerminalSafeText.escape) }, numericColumns: numericColumns)
    }
}

/// How personal data appears in an export: masked (138****5678) unless an admin asked otherwise.
public enum PhoneVisibility: Sendable {
    case masked
    case unmasked

    func show(_ phone: String) -> String { self == .masked ? PhoneMask.mask(phone) : phone }
}
