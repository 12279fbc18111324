#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JuryCore

/// The JuryDesk SQLite file: opening, creating and migrating it, and the write helper.
///
/// One per process (it owns the connection); not Sendable.
public final class Store {
    /// The file's path, named in every error.
    public let path: String
    /// The connection; repositories and the write helper use it. Not public: callers read through
    /// `read` and change the file through `write` or the repositories' use-case methods.
    let database: Database
    public let journalMode: JournalMode
    /// The clock for audit times, claims and PIN delays; tests replace it.
    public var clock: () -> Date = { Date() }
    /// How long the write helper keeps retrying a contended transaction. The interface sets a short
    /// one (or uses `withWriteDeadline`) so a busy file answers `busyTimeout` quickly and the app can
    /// retry from its loop, letting Esc give up.
    public var writeDeadline: TimeInterval = 15
    /// How long SQLite itself waits for the lock within one attempt; each attempt waits at most what
    /// is left of `writeDeadline`, so a short deadline is never stretched by this wait.
    public var busyTimeoutMilliseconds: Int32 = 5000 {
        didSet { database.setBusyTimeout(milliseconds: busyTimeoutMilliseconds) }
    }
    /// Fields added to every audit entry this session writes: the command line records the
    /// operating-system user (`os_user`) beside the JuryDesk user it acts as.
    public var auditContext: [String: JSONValue] = [:]
    /// How many times a write was rolled back and run again because of contention (for diagnostics).
    public internal(set) var retriedWrites = 0
    /// The sealed columns of each table with their types (`sealColumnTypes`), read once.
    var sealColumnTypeCache: [SealedTable: SealColumns] = [:]
    /// The declared columns of each audited table (`auditedColumns`), read once.
    var auditedColumnCache: [AuditedTable: AuditedColumns] = [:]
    /// The decoded contest definition and the text it came from (re-decoded when the text changes).
    var definitionCache: (text: String, definition: ContestDefinition)?
    /// Each sealed table's digest as read from the audit entry with this chain hash (`chainDigest`).
    var chainDigestCache: [SealedTable: (entryHash: String, digest: SealState.Digest)] = [:]
    /// Entrants per stage and the entrants' seal digest they were counted at (`countsByStage`).
    var stageCountsCache: (mark: String, counts: [ReviewStage: Int])?
    /// The browser's last first pages, for the next keystroke of its filter (`EntrantRepository.page`).
    var firstWindows = FirstWindows()
    /// How many first pages were answered from `firstWindows` (for diagnostics and tests).
    public internal(set) var narrowedPages = 0

    /// The key under which the contest definition's JSON text is kept in `settings`.
    public static let contestDefinitionKey = "contest.definition"

    private init(path: String, journalMode: JournalMode, creating: Bool = false) throws {
        self.path = path
        self.journalMode = journalMode
        if journalMode == .wal { try Store.refuseNetworkFilesystem(path) }
        database = try Database(path: path, flags: [.readWrite, .noMutex])
        try Store.refuseReadOnly(database, path: path, journal: journalMode)
        // Before any pragma writes to it: a file that is not ours is refused, never given a
        // schema. Only `create` makes one.
        if !creating { try DatabaseFileCheck.requireJuryDeskSchema(database, path: path) }
        try configure()
        try Migrations.migrate(database) { from, to in
            // A new file (from 0) has no audit log yet; `create` audits its own `init` instead.
            guard from > 0 else { return }
            let ctx = WriteContext(store: self, actor: "system", action: "schema.migrate", now: clock())
            // A file from before seals existed: seal what it holds now, in the migration's own entry.
            // Never when the chain already records seals: rolling the version back and dropping
            // the seal tables must not get an edit sealed.
            if from < SchemaV8.version, try !chainRecordsSeals() {
                try installSealing()
                try queueAllForSealing()
                try ctx.sealQueuedRows()
            }
            try appendAudit(ctx: ctx, action: "schema.migrate",
                            subject: path, detail: .object(["from": .int(Int64(from)), "to": .int(Int64(to))]))
            try ctx.finishSealing()
        }
        try installSealing()
    }

    /// Opens an existing file, migrating it if it is older; refuses a missing or newer one, and an
    /// empty, non-SQLite or non-JuryDesk file (`DatabaseFileError`), which it leaves untouched.
    ///
    /// The file's first bytes are read only when SQLite has refused it: opening and closing the file
    /// ourselves while this process already has a connection to it would drop that connection's
    /// POSIX locks (they belong to the process, not the descriptor), so another process could take
    /// the file as unused, checkpoint and delete the WAL under it, and the file would be corrupted.
    public static func open(at path: String, journal: JournalMode = .wal) throws -> Store {
        var info = stat()
        guard stat(path, &info) == 0 else { throw StoreError.fileMissing(path: path) }
        if info.st_size == 0 { throw DatabaseFileError.emptyFile(path: path) }
        do {
            return try Store(path: path, journalMode: journal)
        } catch {
            // No connection of ours holds a file SQLite cannot read; a clearer reason, if there is one.
            try DatabaseFileCheck.requireSQLiteFile(at: path)
            throw error
        }
    }

    /// WAL needs shared memory on one host. The file's real target decides (symlinks followed):
    /// a link on a local disk to a file on NFS is on NFS.
    static func refuseNetworkFilesystem(_ path: String) throws {
        if case .network(let name) = FileSystemKind.of(databasePath: path) {
            throw StoreError.networkFilesystem(path: path, filesystem: name)
        }
    }

    /// Creates a new file (mode 0660, so the group of reviewers and judges can share it), applies
    /// every migration and stores the contest definition. Refuses an existing file unless `force`.
    public static func create(at path: String, contestDefinitionJSON: String, force: Bool = false,
                              journal: JournalMode = .wal) throws -> Store {
        let fm = FileManager.default
        if fm.fileExists(atPath: path) {
            guard force else { throw StoreError.fileExists(path: path) }
            for suffix in ["", "-wal", "-shm", "-journal"] { try? fm.removeItem(atPath: path + suffix) }
        }
        // Checked before the file exists, so this refusal leaves nothing behind.
        if journal == .wal { try refuseNetworkFilesystem(path) }
        // O_EXCL so two people running init at once cannot both believe they created it.
        let fd = Glibc.open(path, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0o660)
        guard fd >= 0 else { throw StoreError.cannotCreate(path: path, errno: errno) }
        // From here on the file is ours: any failure removes it, so no 0-byte or half-made file
        // is left for the next `open` to stumble on.
        do {
            // The umask may have removed group bits; the group must be able to write.
            let chmodResult = fchmod(fd, 0o660)
            let chmodErrno = errno
            close(fd)
            guard chmodResult == 0 else { throw StoreError.cannotCreate(path: path, errno: chmodErrno) }
            let store = try Store(path: path, journalMode: journal, creating: true)
            try store.write(actor: "system", action: "init", subject: path,
                            detail: .object(["schema": .int(Int64(Migrations.latestVersion)),
                                             "contest_sha256": .string(SHA256.hex(contestDefinitionJSON))])) { ctx in
                try ctx.setSetting(Store.contestDefinitionKey, contestDefinitionJSON)
            }
            return store
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { unlink(path + suffix) }
            throw error
        }
    }

    private func configure() throws {
        database.setBusyTimeout(milliseconds: busyTimeoutMilliseconds)
        try database.execute("PRAGMA foreign_keys = ON")
        let mode = try database.scalar("PRAGMA journal_mode = \(journalMode.rawValue)")?.string?.lowercased() ?? "?"
        if mode != journalMode.rawValue {
            throw StoreError.walUnavailable(path: path, journalMode: mode)
        }
        // FULL: a decision a reviewer saw committed must survive a power cut.
        try database.execute("PRAGMA synchronous = FULL")
        // The sealing triggers make every INSERT a multi-row statement, which SQLite backs with a
        // statement journal; on disk that was ~40 small pwrites per imported row. In memory it is a
        // few pages per statement; the TEMP seal queue stays small (writes seal as they go).
        try database.execute("PRAGMA temp_store = MEMORY")
    }

    /// A number that moves whenever this file changes, by this connection (its row changes) or by
    /// another (`data_version`); neither ever goes back, so an equal number means no change between.
    /// The key of the chair's ranking cache and of the browser's kept first pages (`FirstWindows`).
    func changeCounter() throws -> Int64 {
        let other = try database.scalar("PRAGMA data_version")?.int64 ?? 0
        let own = try database.scalar("SELECT total_changes()")?.int64 ?? 0
        return other &* 1_000_003 &+ own
    }

    /// A consistent read of several statements (one read transaction), never held across input.
    ///
    /// Reads nest: inside another `read` or a `write` the body simply runs in the transaction that
    /// is already open, so repository reads compose into one consistent view.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        if database.isInTransaction { return try body(database) }
        try database.run("BEGIN DEFERRED")
        do {
            let result = try body(database)
            try database.run("COMMIT")
            return result
        } catch {
            try? database.execute("ROLLBACK")
            throw error
        }
    }

    /// The current time as the store writes it.
    public var nowText: String { UTCTime.format(clock()) }
}
