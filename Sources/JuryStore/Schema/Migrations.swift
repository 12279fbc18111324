#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// The ordered schema steps and the code that applies them to an opened file.
public enum Migrations {
    /// Every migration, in order; the last one's version is the schema this build writes.
    public static let all: [Migration] = [SchemaV1.migration, SchemaV2.migration, SchemaV3.migration, SchemaV4.migration,
                                             SchemaV5.migration, SchemaV6.migration, SchemaV7.migration, SchemaV8.migration,
                                             SchemaV9.migration]

    /// The schema version this build of JuryDesk writes.
    public static var latestVersion: Int { all.last?.version ?? 0 }

    /// Brings the file up to `latestVersion` in one transaction; refuses a newer file. `record` runs
    /// inside that transaction after the steps (with the versions before and after), so the
    /// migration's audit entry commits with it or not at all.
    static func migrate(_ db: Database, record: (_ from: Int, _ to: Int) throws -> Void = { _, _ in }) throws {
        let found = try db.userVersion()
        if found > latestVersion {
            throw StoreError.schemaTooNew(path: db.path, found: found, supported: latestVersion)
        }
        if found == latestVersion { return }
        if found > 0 { try backupBeforeUpgrade(db, to: latestVersion) }
        // Rebuilding a table (version 5) must not cascade its drop into the tables that refer to it;
        // foreign keys can only be switched outside a transaction, and are checked before COMMIT.
        try db.execute("PRAGMA foreign_keys = OFF")
        defer { try? db.execute("PRAGMA foreign_keys = ON") }
        try db.execute("BEGIN IMMEDIATE")
        do {
            // Another session may have migrated while we waited for the write lock: read again.
            let current = try db.userVersion()
            if current > latestVersion {
                throw StoreError.schemaTooNew(path: db.path, found: current, supported: latestVersion)
            }
            for step in all where step.version > current {
                try db.execute(step.sql)
                try step.fill?(db)
                try db.execute("PRAGMA user_version = \(step.version)")
            }
            if let broken = try db.query("PRAGMA foreign_key_check").first {
                throw StoreError.sqlite(path: db.path, code: 787, message: "foreign key check failed after migration in table \(broken.values.first?.string ?? "?")", sql: nil)
            }
            if current < latestVersion { try record(current, latestVersion) }
            try db.execute("COMMIT")
        } catch {
            try? db.execute("ROLLBACK")
            throw error
        }
    }

    /// The path of the copy written before a file is upgraded to schema `version`.
    public static func upgradeBackupPath(_ path: String, version: Int) -> String { "\(path).pre-v\(version).bak" }

    /// Before an older file is upgraded, a copy of it as it was goes beside it (`FILE.pre-vN.bak`), so
    /// going back to the older program is a copy, not a repair. Written once: a second session opening
    /// the same file at the same time finds it there (or writes the same snapshot under its own
    /// temporary name and renames it over).
    static func backupBeforeUpgrade(_ db: Database, to version: Int) throws {
        let destination = upgradeBackupPath(db.path, version: version)
        if FileManager.default.fileExists(atPath: destination) { return }
        let temporary = destination + ".partial-\(getpid())"
        unlink(temporary)
        do {
            _ = try db.run("VACUUM INTO ?", [temporary])
            chmod(temporary, 0o600)
            guard rename(temporary, destination) == 0 else { throw StoreError.cannotCreate(path: destination, errno: errno) }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
