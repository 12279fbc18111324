import CSQLite3
import Foundation

/// One SQLite connection, owned by one process and used from one thread (hence not Sendable).
public final class Database {
    let handle: OpaquePointer
    /// The file this connection opened, named in every error.
    public let path: String
    private var cache: [String: Statement] = [:]

    /// Opening flags, mirroring the `SQLITE_OPEN_*` ones the store uses.
    public struct OpenFlags: OptionSet, Sendable {
        public let rawValue: Int32
        public init(rawValue: Int32) { self.rawValue = rawValue }
        public static let readOnly = OpenFlags(rawValue: SQLITE_OPEN_READONLY)
        public static let readWrite = OpenFlags(rawValue: SQLITE_OPEN_READWRITE)
        public static let create = OpenFlags(rawValue: SQLITE_OPEN_CREATE)
        // One owner per process and thread: SQLite's own mutexes would only cost time.
        public static let noMutex = OpenFlags(rawValue: SQLITE_OPEN_NOMUTEX)
    }

    /// Set once, before the first connection of the process opens (see the shim).
    private static let configured: Void = { _ = jd_sqlite_disable_memory_statistics() }()

    public init(path: String, flags: OpenFlags = [.readWrite, .noMutex]) throws {
        _ = Self.configured
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(path, &db, flags.rawValue | SQLITE_OPEN_NOMUTEX, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(cString: sqlite3_errmsg($0)) } ?? String(cString: sqlite3_errstr(rc))
            sqlite3_close_v2(db)
            throw StoreError.cannotOpen(path: path, code: rc, message: message)
        }
        self.handle = db
        self.path = path
        sqlite3_extended_result_codes(db, 1)
    }

    deinit {
        cache.removeAll()
        // close_v2 defers the close until any statement a caller still holds is finalized.
        sqlite3_close_v2(handle)
    }

    /// How long SQLite itself waits for a lock before answering SQLITE_BUSY.
    public func setBusyTimeout(milliseconds: Int32) {
        sqlite3_busy_timeout(handle, milliseconds)
    }

    /// Runs one or more statements that return no rows of interest.
    public func execute(_ sql: String) throws {
        var errmsg: UnsafeMutablePointer<CChar>?
        let rc = sqlite3_exec(handle, sql, nil, nil, &errmsg)
        if rc != SQLITE_OK {
            let message = errmsg.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errmsg)
            throw SQLiteFailure.error(path: path, code: rc, connection: handle, message: message, sql: sql)
        }
    }

    /// Prepares a fresh statement the caller owns.
    public func prepare(_ sql: String) throws -> Statement {
        try Statement(database: self, sql: sql)
    }

    /// A statement from the per-connection cache, reset and with no bindings.
    public func cachedStatement(_ sql: String) throws -> Statement {
        if let s = cache[sql] {
            s.reset()
            return s
        }
        let s = try prepare(sql)
        cache[sql] = s
        return s
    }

    /// Runs a cached statement with positional arguments; returns the number of changed rows.
    @discardableResult
    public func run(_ sql: String, _ arguments: [SQLBindable?] = []) throws -> Int {
        let s = try cachedStatement(sql)
        try s.bind(arguments)
        defer { s.reset() }
        while try s.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// `INSERT INTO table (columns) VALUES (?, …)`, one parameter per column in order.
    static func insertSQL(into table: String, _ columns: [String]) -> String {
        "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
    }

    /// The same with values already in their storage classes (no protocol box per value).
    @discardableResult
    public func run(_ sql: String, values: [SQLValue]) throws -> Int {
        let s = try cachedStatement(sql)
        try s.bind(values: values)
        defer { s.reset() }
        while try s.step() {}
        return Int(sqlite3_changes(handle))
    }

    /// Runs a cached query and returns all rows.
    public func query(_ sql: String, _ arguments: [SQLBindable?] = []) throws -> [Row] {
        let s = try cachedStatement(sql)
        try s.bind(arguments)
        defer { s.reset() }
        return try s.rows()
    }

    /// The first column of the first row, or nil.
    public func scalar(_ sql: String, _ arguments: [SQLBindable?] = []) throws -> SQLValue? {
        let s = try cachedStatement(sql)
        try s.bind(arguments)
        defer { s.reset() }
        return try s.step() ? s.value(0) : nil
    }

    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }
    /// True inside a transaction that holds (or may make) changes not yet committed.
    public var isInWriteTransaction: Bool { sqlite3_txn_state(handle, nil) == SQLITE_TXN_WRITE }

    /// `PRAGMA user_version`, the schema version the migrations keep.
    public func userVersion() throws -> Int {
        Int(try scalar("PRAGMA user_version")?.int64 ?? 0)
    }

    /// Builds the typed error for a failed call, with SQLite's own words.
    func error(code: Int32, sql: String?) -> StoreError {
        SQLiteFailure.error(path: path, code: code, connection: handle, sql: sql)
    }

    /// True when SQLite could open the file for reading only (this user may not write it, or the
    /// file system is read-only): SQLite then falls back silently, and only the first write would fail.
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }
}
