/// How SQLite journals writes: WAL (the default, many readers beside one writer) or the older
/// rollback journal, which works on network filesystems but blocks readers during a write.
public enum JournalMode: String, Sendable, CaseIterable {
    case wal
    case delete
}
