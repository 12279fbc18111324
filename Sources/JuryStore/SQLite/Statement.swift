import CSQLite3
import Foundation

/// A prepared statement that owns its `sqlite3_stmt` and finalizes it when released.
///
/// Not Sendable: it belongs to the one `Database` (and thread) that prepared it.
public final class Statement {
    let handle: OpaquePointer
    /// The SQL it was prepared from, for error messages.
    public let sql: String
    // The connection handle and path, not the Database: close_v2 keeps the handle alive until this
    // statement is finalized, and a statement held past its Database must not crash on an error.
    private let connection: OpaquePointer
    private let path: String

    init(database: Database, sql: String) throws {
        var stmt: OpaquePointer?
        let rc = sqlite3_prepare_v2(database.handle, sql, -1, &stmt, nil)
        guard rc == SQLITE_OK, let stmt else {
            throw database.error(code: rc, sql: sql)
        }
        self.handle = stmt
        self.sql = sql
        self.connection = database.handle
        self.path = database.path
    }

    deinit { sqlite3_finalize(handle) }

    private func error(code: Int32) -> StoreError {
        SQLiteFailure.error(path: path, code: code, connection: connection, sql: sql)
    }

    /// Resets the statement and forgets earlier bindings, ready for a fresh run.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    /// Binds one value at a 1-based parameter index.
    public func bind(_ value: SQLBindable?, at index: Int32) throws {
        try bind(value: value?.sqlValue ?? .null, at: index)
    }

    /// Binds positional values from index 1, without a protocol box per value.
    public func bind(values: [SQLValue]) throws {
        for (i, v) in values.enumerated() { try bind(value: v, at: Int32(i + 1)) }
    }

    private func bind(value v: SQLValue, at index: Int32) throws {
        let rc: Int32
        switch v {
        case .null: rc = sqlite3_bind_null(handle, index)
        case .integer(let i): rc = sqlite3_bind_int64(handle, index, i)
        case .real(let d): rc = sqlite3_bind_double(handle, index, d)
        case .text(let s):
            // Text goes through a wrapper that passes SQLITE_TRANSIENT: Swift's buffer dies after the call.
            rc = s.withCString { jd_bind_text(handle, index, $0, Int32(strlen($0))) }
        case .blob(let d):
            rc = d.withUnsafeBytes { raw in
                // An empty blob must still bind as a blob, not NULL, so give SQLite a non-nil pointer.
                var zero: UInt8 = 0
                if raw.count == 0 { return jd_bind_blob(handle, index, &zero, 0) }
                return jd_bind_blob(handle, index, raw.baseAddress, Int32(raw.count))
            }
        }
        guard rc == SQLITE_OK else { throw error(code: rc) }
    }

    /// Binds one value to a named parameter (`:name`, `@name` or `$name`; the prefix must be given).
    public func bind(_ value: SQLBindable?, name: String) throws {
        let index = sqlite3_bind_parameter_index(handle, name)
        guard index > 0 else {
            throw StoreError.invalidArgument(field: name, zh: "语句中没有这个参数：\(sql)", en: "no such parameter in: \(sql)")
        }
        try bind(value, at: index)
    }

    /// Binds positional values from index 1.
    public func bind(_ values: [SQLBindable?]) throws {
        for (i, v) in values.enumerated() { try bind(v, at: Int32(i + 1)) }
    }

    /// Binds named values.
    public func bind(named values: [String: SQLBindable?]) throws {
        for (name, v) in values { try bind(v, name: name) }
    }

    /// Advances; true when a row is available, false when done.
    @discardableResult
    public func step() throws -> Bool {
        let rc = sqlite3_step(handle)
        switch rc {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default:
            let err = error(code: rc)
            sqlite3_reset(handle)
            throw err
        }
    }

    public var columnCount: Int32 { sqlite3_column_count(handle) }

    public func columnName(_ i: Int32) -> String { String(cString: sqlite3_column_name(handle, i)) }

    public func isNull(_ i: Int32) -> Bool { sqlite3_column_type(handle, i) == SQLITE_NULL }
    public func int64(_ i: Int32) -> Int64 { sqlite3_column_int64(handle, i) }
    public func int(_ i: Int32) -> Int { Int(sqlite3_column_int64(handle, i)) }
    public func double(_ i: Int32) -> Double { sqlite3_column_double(handle, i) }
    public func string(_ i: Int32) -> String? {
        guard let p = sqlite3_column_text(handle, i) else { return nil }
        return String(cString: p)
    }
    /// The column's text as bytes, without making a String; valid until the next step or reset.
    public func bytes(_ i: Int32) -> UnsafeBufferPointer<UInt8> {
        let p = sqlite3_column_text(handle, i)
        return UnsafeBufferPointer(start: p, count: p == nil ? 0 : Int(sqlite3_column_bytes(handle, i)))
    }
    public func data(_ i: Int32) -> Data? {
        let n = Int(sqlite3_column_bytes(handle, i))
        guard let p = sqlite3_column_blob(handle, i) else { return isNull(i) ? nil : Data() }
        return Data(bytes: p, count: n)
    }

    /// The current column value in its storage class.
    public func value(_ i: Int32) -> SQLValue {
        switch sqlite3_column_type(handle, i) {
        case SQLITE_INTEGER: .integer(int64(i))
        case SQLITE_FLOAT: .real(double(i))
        case SQLITE_TEXT: .text(string(i) ?? "")
        case SQLITE_BLOB: .blob(data(i) ?? Data())
        default: .null
        }
    }

    /// The current row, copied out.
    public func row() -> Row {
        row(columns: (0..<columnCount).map(columnName))
    }

    private func row(columns: [String]) -> Row {
        Row(columns: columns, values: (0..<Int32(columns.count)).map(value))
    }

    /// Runs to completion and returns every row. The rows share one array of column names: making
    /// the names again for every row was a String per column per row.
    public func rows() throws -> [Row] {
        var out: [Row] = []
        var columns: [String]?
        while try step() {
            let names = columns ?? (0..<columnCount).map(columnName)
            columns = names
            out.append(row(columns: names))
        }
        return out
    }
}
