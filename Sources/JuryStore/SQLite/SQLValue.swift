import Foundation

/// One SQLite value as stored: the five storage classes, nothing more.
public enum SQLValue: Hashable, Sendable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Data)

    /// The value as an Int64 when it is an integer (or a real with no fraction).
    public var int64: Int64? {
        switch self {
        case .integer(let v): v
        case .real(let d) where d.rounded() == d: Int64(exactly: d)
        default: nil
        }
    }

    /// The value as text when it is text.
    public var string: String? {
        if case .text(let s) = self { return s }
        return nil
    }

    /// The canonical JSON form used by row hashes and audit details.
    public var json: JSONValue {
        switch self {
        case .null: .null
        case .integer(let v): .int(v)
        case .real(let d): .string("real:\(d)")
        case .text(let s): .string(s)
        case .blob(let d): .string("blob:" + Hex.encode(d))
        }
    }
}

/// Something that can be bound as a statement parameter.
public protocol SQLBindable {
    /// The value SQLite stores for it.
    var sqlValue: SQLValue { get }
}

extension SQLValue: SQLBindable { public var sqlValue: SQLValue { self } }
extension Int: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Int64: SQLBindable { public var sqlValue: SQLValue { .integer(self) } }
extension Int32: SQLBindable { public var sqlValue: SQLValue { .integer(Int64(self)) } }
extension Double: SQLBindable { public var sqlValue: SQLValue { .real(self) } }
extension String: SQLBindable { public var sqlValue: SQLValue { .text(self) } }
extension Data: SQLBindable { public var sqlValue: SQLValue { .blob(self) } }
extension Bool: SQLBindable { public var sqlValue: SQLValue { .integer(self ? 1 : 0) } }
extension Optional: SQLBindable where Wrapped: SQLBindable {
    public var sqlValue: SQLValue { self?.sqlValue ?? .null }
}
