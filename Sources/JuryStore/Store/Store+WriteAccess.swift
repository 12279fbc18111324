#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension Store {
    /// Refuses a file this user can only read, before anything reads or writes it. SQLite would open
    /// it for reading without a word and fail at the first write (or, in WAL mode, at the first read
    /// that needs the `-shm` it cannot create), with "attempt to write a readonly database". The
    /// folder matters too: WAL keeps `-wal` and `-shm` beside the file, the rollback journal a `-journal`.
    static func refuseReadOnly(_ database: Database, path: String, journal: JournalMode) throws {
        if database.isReadOnly { throw StoreError.readOnly(path: path, folder: nil) }
        let folder = (path as NSString).deletingLastPathComponent
        let fm = FileManager.default
        let sidecarsExist = journal == .wal && fm.fileExists(atPath: path + "-wal") && fm.fileExists(atPath: path + "-shm")
        if !sidecarsExist && access(folder.isEmpty ? "." : folder, W_OK) != 0 {
            throw StoreError.readOnly(path: path, folder: folder.isEmpty ? "." : folder)
        }
    }
}
