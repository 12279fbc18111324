/// One numbered step of the schema; step N brings `PRAGMA user_version` from N-1 to N.
public struct Migration: Sendable {
    public let version: Int
    public let summary: String
    public let sql: String
    /// Runs after `sql` in the same transaction, for what SQL cannot say (a derived column built
    /// with the same code that keeps it in step afterwards).
    let fill: (@Sendable (Database) throws -> Void)?

    init(version: Int, summary: String, sql: String, fill: (@Sendable (Database) throws -> Void)? = nil) {
        self.version = version
        self.summary = summary
        self.sql = sql
        self.fill = fill
    }
}
