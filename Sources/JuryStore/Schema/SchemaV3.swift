/// Version 3: a digest of each entrant's imported content, so a re-import compares one column
/// instead of reading back and decoding the entrant, its accounts and its works.
enum SchemaV3 {
    static let migration = Migration(version: 3, summary: "entrant content digest", sql: """
    -- '' marks a row written before version 3: the next import compares it in full once, then fills it in.
    ALTER TABLE entrants ADD COLUMN content_sha256 TEXT NOT NULL DEFAULT '';
    """)
}
