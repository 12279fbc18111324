/// Version 2: reviewer claims (so two reviewers never work the same entrant), judges' conflicts of
/// interest, and the awards the chair allocates.
enum SchemaV2 {
    static let migration = Migration(version: 2, summary: "claims, conflicts, awards", sql: """
    CREATE TABLE claims (
        entrant_id TEXT NOT NULL REFERENCES entrants (id) ON DELETE CASCADE,
        round INTEGER NOT NULL CHECK (round IN (1, 2)),
        reviewer TEXT NOT NULL,
        claimed_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        PRIMARY KEY (entrant_id, round)
    ) STRICT;
    CREATE INDEX claims_by_reviewer ON claims (reviewer);

    CREATE TABLE conflicts (
        id INTEGER PRIMARY KEY,
        judge TEXT NOT NULL,
        entrant_id TEXT NOT NULL REFERENCES entrants (id),
        kind TEXT NOT NULL CHECK (kind IN ('same_employer', 'same_unit', 'relative', 'colleague', 'other')),
        note TEXT NOT NULL DEFAULT '',
        declared_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT '',
        UNIQUE (judge, entrant_id)
    ) STRICT;

    CREATE TABLE awards (
        id INTEGER PRIMARY KEY,
        award_id TEXT NOT NULL CHECK (length(award_id) > 0),
        entrant_id TEXT NOT NULL REFERENCES entrants (id),
        rank INTEGER NOT NULL CHECK (rank >= 1),
        decided_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT '',
        UNIQUE (award_id, entrant_id)
    ) STRICT;
    """)
}
