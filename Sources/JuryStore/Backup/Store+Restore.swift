#if canImport(Glibc)
import Glibc
#endif
import Foundation

extension Store {
    /// Puts a backup in place of `path`. The copy is verified first (on a scratch copy beside `path`,
    /// which is what is finally renamed into place, so the copy itself is never changed); a file that
    /// holds a later or a different audit history than the copy is kept unless `force`; the replaced
    /// file and its journal companions are moved aside to `path.replaced-TIMESTAMP`, never deleted.
    /// Sessions on `path` should be closed first: they would keep writing to the replaced file.
    public static func restore(copy: String, to path: String, force: Bool, now: Date = Date()) throws -> RestoreOutcome {
        let scratch = try scratchCopy(of: copy, beside: path)
        var keep = false
        defer { if !keep { removeDatabaseFiles(scratch) } }
        let copyHead: ChainHead?
        do {
            let store = try Store.open(at: scratch, journal: .delete)
            let report = try store.verify()
            guard report.ok else { return .copyInvalid(report) }
            copyHead = try store.chainHead()
        }
        let fm = FileManager.default
        var keptAside: String?
        if fm.fileExists(atPath: path) {
            // A file that cannot even be opened is what a restore is for: it is kept aside, not compared.
            if let current = try? Store.open(at: path), let currentHead = try current.chainHead(), !force {
                let sameOrOlder: Bool
                if let copyHead, currentHead.seq <= copyHead.seq {
                    // The copy must hold the file's own newest entry, or the two are different histories.
                    sameOrOlder = try current.auditHash(seq: currentHead.seq) == currentHead.hash
                        && Store.hash(in: scratch, seq: currentHead.seq) == currentHead.hash
                } else {
                    sameOrOlder = false
                }
                if !sameOrOlder { return .fileIsNewer(current: currentHead, copy: copyHead) }
            }
            let aside = path + ".replaced-" + Store.fileTimestamp(now)
            for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
                guard rename(path + suffix, aside + suffix) == 0 else {
                    throw StoreError.cannotCreate(path: aside + suffix, errno: errno)
                }
            }
            keptAside = aside
        }
        guard chmod(scratch, 0o660) == 0, rename(scratch, path) == 0 else {
            throw StoreError.cannotCreate(path: path, errno: errno)
        }
        keep = true
        // Back to the shared journal mode the sessions expect.
        let restored = try Store.open(at: path)
        return .restored(head: try restored.chainHead(), keptAside: keptAside)
    }

    /// The hash of audit entry `seq` in the file at `path` (opened briefly, rollback journal).
    static func hash(in path: String, seq: Int64) -> String? {
        guard let store = try? Store.open(at: path, journal: .delete) else { return nil }
        return try? store.auditHash(seq: seq)
    }

    /// `20240918T093000Z`: sorts by time, safe in file names.
    public static func fileTimestamp(_ date: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return f.string(from: date)
    }
}
