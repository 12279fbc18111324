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
        // A failed write at COMMIT is followed by SQLite's own rollback, whose calls can leave errno
        // at something else: judge by the process's file-size limit and the free space instead.
        if code == ioErrWrite, let cause = noRoomCause(near: path) {
            return .diskFull(path: path, errno: cause)
        }
        return .sqlite(path: path, code: code, message: message ?? String(cString: sqlite3_errmsg(connection)), sql: sql)
    }

    /// SQLITE_IOERR_WRITE (the macro is not imported into Swift).
    static let ioErrWrite: Int32 = SQLITE_IOERR | (3 << 8)

    /// EFBIG when this process has a file-size limit, ENOSPC when the disk holding `path` has less
    /// than 4 MiB free (or is a full tmpfs), nil when neither explains a failed write.
    static func noRoomCause(near path: String) -> Int32? {
        var limit = rlimit()
        if getrlimit(__rlimit_resource_t(RLIMIT_FSIZE.rawValue), &limit) == 0, limit.rlim_cur != rlim_t.max {
            return EFBIG
        }
        var fs = statvfs()
        let folder = (path as NSString).deletingLastPathComponent
        if statvfs(folder.isEmpty ? "." : folder, &fs) == 0, UInt64(fs.f_bavail) * UInt64(fs.f_frsize) < 4 << 20 {
            return ENOSPC
        }
        return nil
    }
}
