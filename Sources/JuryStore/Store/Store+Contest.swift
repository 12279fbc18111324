import Foundation
import JuryCore

extension Store {
    /// The contest definition stored in this file, decoded once per distinct text.
    public func contestDefinition() throws -> ContestDefinition {
        try read { db in try contestDefinition(db: db) }
    }

    /// Byte equality by memcmp: String's == on the whole (Chinese) definition, asked several times in
    /// every write, was a third of a score submit's instructions.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
        }
    }

    func contestDefinition(db: Database) throws -> ContestDefinition {
        guard let text = try db.scalar("SELECT value FROM settings WHERE key = ?", [Store.contestDefinitionKey])?.string else {
            throw StoreError.notFound(path: path, what: "setting", key: Store.contestDefinitionKey)
        }
        if let cached = definitionCache, Self.sameBytes(cached.text, text) { return cached.definition }
        do {
            let definition = try ContestDefinition.decode(Data(text.utf8))
            definitionCache = (text, definition)
            return definition
        } catch {
            throw StoreError.contestUnreadable(path: path, reason: error.message(language: .en))
        }
    }
}

extension Store {
    /// The connection itself, outside the write helper and the rules: for benchmarks that build a
    /// file in bulk or measure a bare statement against an audited write, and for diagnostics.
    /// Application code reads through `read` and changes the file through the repositories.
    public func rawConnection<T>(_ body: (Database) throws -> T) rethrows -> T {
        try body(database)
    }
}
