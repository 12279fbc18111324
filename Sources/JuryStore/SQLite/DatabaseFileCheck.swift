import Foundation

/// Why a file given as the database is not one JuryDesk will open: each case names the file,
/// says what it is, and what to do. Opening never turns such a file into a database.
public enum DatabaseFileError: Error, Equatable, Sendable, LocalizedError {
    /// 0 bytes: typically left by a failed `init`, a `touch`, or a copy that did not finish.
    case emptyFile(path: String)
    /// Not an SQLite file at all; `looksLike` is a guess from its first bytes, in Chinese and English.
    case notSQLite(path: String, looksLikeZh: String, looksLikeEn: String)
    /// An SQLite file, but not one JuryDesk created (no JuryDesk schema in it).
    case foreignSQLite(path: String, tables: [String])

    /// The message in the requested language.
    public func message(language: MessageLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .emptyFile(let path):
            return zh ? "\(path) 是一个空文件（0 字节），不是 JuryDesk 数据库，未作任何改动。若要新建，请先删除它再运行 jurydesk init --db \(path) --contest CONTEST.json；否则请检查 --db 路径。"
                : "\(path) is an empty file (0 bytes), not a JuryDesk database; it was left alone. To start a new one, delete it and run jurydesk init --db \(path) --contest CONTEST.json; otherwise check the --db path."
        case let .notSQLite(path, looksLikeZh, looksLike):
            return zh ? "\(path) 不是 SQLite 数据库（看起来是\(looksLikeZh)），未作任何改动。请检查 --db 是否指向 jurydesk init 创建的文件。"
                : "\(path) is not an SQLite database (it looks like \(looksLike)); it was left alone. Check that --db names the file jurydesk init created."
        case let .foreignSQLite(path, tables):
            let list = tables.isEmpty ? (zh ? "没有表" : "no tables") : tables.prefix(8).joined(separator: ", ")
            return zh ? "\(path) 是 SQLite 数据库，但不是 JuryDesk 创建的（其中：\(list)），未作任何改动。请检查 --db 路径；新数据库请用 jurydesk init 在另一个路径创建。"
                : "\(path) is an SQLite database but not a JuryDesk one (it holds: \(list)); it was left alone. Check the --db path; create a new database at another path with jurydesk init."
        }
    }

    public var errorDescription: String? { message(language: .fromEnvironment) }
}

/// Looks at a file before the store opens it, and at its schema before anything is written.
public enum DatabaseFileCheck {
    /// The 16 bytes every SQLite 3 database file begins with.
    static let sqliteMagic = Array("SQLite format 3\u{0}".utf8)

    /// Refuses an empty file and one that does not start like an SQLite database.
    public static func requireSQLiteFile(at path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return } // SQLite reports unreadable files itself.
        defer { try? handle.close() }
        let head = [UInt8]((try? handle.read(upToCount: 512)) ?? Data())
        if head.isEmpty { throw DatabaseFileError.emptyFile(path: path) }
        if !head.starts(with: sqliteMagic) {
            let guess = describe(head)
            throw DatabaseFileError.notSQLite(path: path, looksLikeZh: guess.zh, looksLikeEn: guess.en)
        }
    }

    /// Refuses an SQLite file without JuryDesk's schema: schema version 0 (never migrated), or one
    /// lacking the tables every version has. Runs before any pragma or migration writes to it.
    public static func requireJuryDeskSchema(_ db: Database, path: String) throws {
        let version = try db.scalar("PRAGMA user_version")?.int64 ?? 0
        let tables = try db.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .compactMap { $0.string("name") }
        let required: Set<String> = ["settings", "audit_log", "entrants"]
        if version == 0 || !required.isSubset(of: Set(tables)) {
            throw DatabaseFileError.foreignSQLite(path: path, tables: tables)
        }
    }

    /// A guess at what a file is from its first bytes, for the refusal message.
    static func describe(_ head: [UInt8]) -> (zh: String, en: String) {
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return ("zip 或 .xlsx 文件", "a zip / .xlsx file") }
        if head.starts(with: [0x7B]) || head.starts(with: [0x5B]) { return ("JSON 文本", "JSON text") }
        if String(bytes: head, encoding: .utf8) != nil && !head.contains(0) {
            return head.contains(UInt8(ascii: ",")) ? ("CSV 或其他文本", "CSV or other text") : ("文本", "text")
        }
        let bytes = head.prefix(8).map { String(format: "%02x", $0) }.joined(separator: " ")
        return ("二进制数据（\(bytes) …）", "binary data (\(bytes) …)")
    }
}
