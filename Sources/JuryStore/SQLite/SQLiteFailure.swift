import CSQLite3
import Foundation

/// Turns a failed SQLite call into the store's error. A write that found no room — SQLITE_FULL, or an
/// I/O error whose system errno says ENOSPC, EDQUOT or EFBIG (a `ulimit -f` limit makes SQLite answer
/// SQLITE_IOERR_WRITE, 778) — becomes `diskFull`, so the user reads "the disk is full" and what to
/// do, never "SQLite 778: disk I/O error".
enum SQLiteFailure {
    static func error(path: String, code: Int32, connection: OpaquePointer, message: String? = nil, sql: String?) -> StoreError {
        let primary = code & 0xFF
        let systemErrno = sqlite3_system_errno(connection)
        if primary == SQLITE_FULL {
            return .diskFull(path: path, errno: systemErrno == EFBIG || systemErrno == EDQUOT ? systemErrno : ENOSPC)
        }
        if primary == SQLITE_IOERR, [ENOSPC, EDQUOT, EFBIG].contains(systemErrno) {
            return .diskFull(path: path, errno: systemErrno)
        }
        return .sqlite(path: path, code: code, message: message ?? String(cString: sqlite3_errmsg(connection)), sql: sql)
    }
}
