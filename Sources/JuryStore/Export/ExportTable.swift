import JuryCore

/// A table ready to be written as CSV: a header row and the data rows.
public struct ExportTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// UTF-8 CSV with a byte-order mark (so Excel shows Chinese) and CRLF line ends.
    public var csvBytes: [UInt8] { CSVWriter(byteOrderMark: true).data([header] + rows) }
}

/// How personal data appears in an export: masked (138****5678) unless an admin asked otherwise.
public enum PhoneVisibility: Sendable {
    case masked
    case unmasked

    func show(_ phone: String) -> String { self == .masked ? PhoneMask.mask(phone) : phone }
}
