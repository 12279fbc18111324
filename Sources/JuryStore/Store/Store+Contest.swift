import Foundation
import JuryCore

extension Store {
    /// The contest definition stored in this file, decoded once per distinct text.
    public func contestDefinition() throws -> ContestDefinition {
        try read { db in try contestDefinition(db: db) }
    }

    func contestDefinition(db: Database) throws -> ContestDefinition {
        // Still the text decoded last? SQLite compares it where it lies: reading the whole
        // definition into a String, several times a write, was a tenth of a score submit.
        if let cached = definitionCache,
           try db.scalar("SELECT value = ? FROM settings WHERE key = ?", [cached.text, Store.contestDefinitionKey])?.int64 == 1 {
            return cached.definition
        }
        guard let text = try db.scalar("SELECT value FROM settings WHERE key = ?", [Store.contestDefinitionKey])?.string else {
            throw StoreError.notFound(path: path, what: "setting", key: Store.contestDefinitionKey)
        }
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
