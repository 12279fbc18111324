/// Version 6: what judges write beside their scores and why a sheet was reopened, plus the chair's
/// lifting of an automatic conflict of interest.
///
/// `score_sheets` keeps its columns: its rows are sealed with every column (`RowSeal`), so a new
/// column would change the hash of every sheet already in the file. The new facts live in their own
/// audited tables instead, each row sealed like the sheet it belongs to.
enum SchemaV6 {
    static let migration = Migration(version: 6, summary: "score comments, sheet reopenings, lifted conflicts", sql: """
    CREATE TABLE score_comments (
        id INTEGER PRIMARY KEY,
        sheet_id INTEGER NOT NULL REFERENCES score_sheets (id),
        dimension TEXT NOT NULL CHECK (length(dimension) > 0),
        comment TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT '',
        UNIQUE (sheet_id, dimension)
    ) STRICT;

    CREATE TABLE sheet_reopenings (
        id INTEGER PRIMARY KEY,
        sheet_id INTEGER NOT NULL REFERENCES score_sheets (id),
        reason TEXT NOT NULL DEFAULT '',
        reopened_by TEXT NOT NULL,
        reopened_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT ''
    ) STRICT;
    CREATE INDEX sheet_reopenings_by_sheet ON sheet_reopenings (sheet_id, id);

    -- An automatic conflict (the judge's unit is the entrant's employer or union) the chair lifted, with why.
    CREATE TABLE conflict_lifts (
        id INTEGER PRIMARY KEY,
        judge TEXT NOT NULL,
        entrant_id TEXT NOT NULL REFERENCES entrants (id),
        reason TEXT NOT NULL DEFAULT '',
        lifted_by TEXT NOT NULL,
        lifted_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT '',
        UNIQUE (judge, entrant_id)
    ) STRICT;
    """)
}
