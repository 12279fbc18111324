#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Tells a session when another process has committed to the file.
///
/// It reads `PRAGMA data_version` on the store's own connection: that number moves only when a
/// *different* connection commits, and each process owns exactly one connection, so it moves for
/// other processes' commits and never for our own (a dedicated watcher connection would also see our
/// own writes). An inotify watch on the `-wal` file wakes a poll(2) loop as soon as anyone appends;
/// where inotify is unavailable (or the file is in rollback-journal mode) callers poll every
/// `pollInterval` instead.
public final class ChangeWatcher {
    private let store: Store
    private var lastVersion: Int64
    private var inotifyFD: Int32 = -1
    /// How often to check when nothing wakes us.
    public let pollInterval: TimeInterval

    public init(store: Store, pollInterval: TimeInterval = 0.25) throws {
        self.store = store
        self.pollInterval = pollInterval
        lastVersion = try store.database.scalar("PRAGMA data_version")?.int64 ?? 0
        if store.journalMode == .wal {
            let fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if fd >= 0 {
                if inotify_add_watch(fd, store.path + "-wal", UInt32(IN_MODIFY)) >= 0 {
                    inotifyFD = fd
                } else {
                    close(fd)
                }
            }
        }
    }

    deinit { if inotifyFD >= 0 { close(inotifyFD) } }

    /// The inotify descriptor to include in a poll(2) set (readable when the WAL changed), or nil when
    /// only polling is available: then use `pollInterval` as the poll timeout.
    public var fileDescriptor: Int32? { inotifyFD >= 0 ? inotifyFD : nil }

    /// True when the inotify descriptor has events waiting (someone wrote the WAL since the last look).
    /// The write may come before its commit is visible, so a caller that finds `hasChanged()` false
    /// after such a wake should look again shortly.
    public func hasPendingWake() -> Bool {
        guard inotifyFD >= 0 else { return false }
        var p = pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0 && p.revents & Int16(POLLIN) != 0
    }

    /// True once per batch of other processes' commits since the last call; drains the inotify queue.
    public func hasChanged() throws -> Bool {
        drain()
        let version = try store.database.scalar("PRAGMA data_version")?.int64 ?? 0
        if version != lastVersion {
            lastVersion = version
            return true
        }
        return false
    }

    /// Blocks until another process commits or the timeout passes; true when it committed.
    public func waitForChange(timeout: TimeInterval) throws -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if try hasChanged() { return true }
            let left = deadline.timeIntervalSinceNow
            if left <= 0 { return false }
            let wait = Int32(min(left, pollInterval) * 1000)
            if inotifyFD >= 0 {
                var p = pollfd(fd: inotifyFD, events: Int16(POLLIN), revents: 0)
                _ = poll(&p, 1, wait)
            } else {
                usleep(UInt32(wait) * 1000)
            }
        }
    }

    private func drain() {
        guard inotifyFD >= 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(inotifyFD, &buffer, buffer.count) > 0 {}
    }
}
