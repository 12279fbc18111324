/// One numbered step of the schema; step N brings `PRAGMA user_version` from N-1 to N.
public struct Migration: Sendable {
    public let version: Int
    public let summary: String
    public let sql: String
}
