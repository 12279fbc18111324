import Foundation

/// One result row, read out of a statement so it outlives the next `step()`.
public struct Row: Sendable {
    /// Column names in result order.
    public let columns: [String]
    /// Values in result order.
    public let values: [SQLValue]

    public init(columns: [String], values: [SQLValue]) {
        self.columns = columns
        self.values = values
    }

    /// The value of the named column, `.null` when there is no such column.
    public subscript(_ name: String) -> SQLValue {
        guard let i = columns.firstIndex(of: name) else { return .null }
        return values[i]
    }

    public func int64(_ name: String) -> Int64? { self[name].int64 }
    public func int(_ name: String) -> Int? { self[name].int64.map { Int($0) } }
    public func string(_ name: String) -> String? { self[name].string }
    public func bool(_ name: String) -> Bool { (self[name].int64 ?? 0) != 0 }
    public func double(_ name: String) -> Double? {
        switch self[name] {
        case .real(let d): d
        case .integer(let i): Double(i)
        default: nil
        }
    }
    public func data(_ name: String) -> Data? {
        if case .blob(let d) = self[name] { return d }
        return nil
    }
}
