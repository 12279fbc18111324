/// Version 8 (issue 7, "seal everything that decides an outcome"): a seal for every row of the
/// tables that had none — users, entrants with their accounts and works, recommendations, vote
/// snapshots, settings (the contest definition and the phase among them) and claims — kept beside
/// the tables rather than in a new column of each, so the tables other versions rebuild stay as
/// they are. `seal_digests` caches each table's digest; the audit chain holds the real one.
///
/// Numbered 8 because versions 6 and 7 are taken by score-sheet comments and the chair's awards;
/// the steps run in order of their numbers, so a gap is harmless.
enum SchemaV8 {
    static let version = 8
    static let migration = Migration(version: version, summary: "row seals for every outcome table", sql: """
    CREATE TABLE row_seals (
        tbl TEXT NOT NULL,
        key TEXT NOT NULL,
        -- SHA-256 of the table name, the key and every sealed column, length-prefixed.
        hash TEXT NOT NULL CHECK (length(hash) = 64),
        -- A 16-bit checksum per column, so verify can name which column changed.
        cols TEXT NOT NULL,
        PRIMARY KEY (tbl, key)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE seal_digests (
        tbl TEXT PRIMARY KEY NOT NULL,
        rows INTEGER NOT NULL,
        sum TEXT NOT NULL,
        -- The audit entry that recorded this digest; a write trusts the cache only if it matches.
        seq INTEGER NOT NULL,
        entry_hash TEXT NOT NULL
    ) STRICT;
    """)
}
