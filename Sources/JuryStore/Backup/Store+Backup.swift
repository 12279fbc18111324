#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension Store {
    /// The newest audit entry, or nil for a file with no audit log yet.
    public func chainHead() throws -> ChainHead? {
        guard let row = try database.query("SELECT seq, hash, at FROM audit_log ORDER BY seq DESC LIMIT 1").first else {
            return nil
        }
        return ChainHead(seq: row.int64("seq") ?? 0, hash: row.string("hash") ?? "", at: row.string("at") ?? "")
    }

    /// The stored hash of audit entry `seq`, if the file holds it.
    public func auditHash(seq: Int64) throws -> String? {
        try database.scalar("SELECT hash FROM audit_log WHERE seq = ?", [seq])?.string
    }

    /// Writes a consistent copy of the file to `destination` while other sessions keep writing:
    /// `VACUUM INTO` reads one snapshot (the `-wal` folded in) and never takes the write lock. The copy
    /// is written beside the destination under a temporary name and renamed into place, so a reader
    /// never sees half a copy; it is made readable by the owner only, because it holds personal data.
    /// Refuses an existing destination.
    public func backup(to destination: String) throws {
        let fm = FileManager.default
        if fm.fileExists(atPath: destination) { throw StoreError.fileExists(path: destination) }
        let temporary = destination + ".partial-\(getpid())"
        unlink(temporary)
        do {
            _ = try database.run("VACUUM INTO ?", [temporary])
            guard chmod(temporary, 0o600) == 0 else { throw StoreError.cannotCreate(path: destination, errno: errno) }
            // link(2) fails if the destination appeared meanwhile, where rename(2) would replace it.
            guard link(temporary, destination) == 0 else { throw StoreError.cannotCreate(path: destination, errno: errno) }
            unlink(temporary)
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Verifies a copy without changing it: the copy is duplicated to a scratch file, which is opened
    /// (so an older copy is migrated there, not in place) and verified. Returns the report and the
    /// chain head the copy holds.
    public static func verifyCopy(at path: String) throws -> (report: VerifyReport, head: ChainHead?) {
        let scratch = try scratchCopy(of: path, beside: path)
        defer { removeDatabaseFiles(scratch) }
        let store = try Store.open(at: scratch, journal: .delete)
        return (try store.verify(), try store.chainHead())
    }

    /// A byte copy of `path` named `beside + .check-PID` (mode 0600), for opening without touching the original.
    static func scratchCopy(of path: String, beside: String) throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.fileMissing(path: path) }
        try DatabaseFileCheck.requireSQLiteFile(at: path)
        let scratch = beside + ".check-\(getpid())"
        removeDatabaseFiles(scratch)
        do {
            try FileManager.default.copyItem(atPath: path, toPath: scratch)
        } catch {
            throw StoreError.cannotCreate(path: scratch, errno: (error as NSError).code == NSFileWriteNoPermissionError ? EACCES : EIO)
        }
        chmod(scratch, 0o600)
        return scratch
    }

    /// Removes a database file and its journal companions.
    static func removeDatabaseFiles(_ path: String) {
        for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
    }
}
