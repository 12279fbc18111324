/// Version 9 (issue 11, the chair's first read at full size): each sheet as that read wants it,
/// one row in `sheet_scores` (`SheetScores`): the judge, the finalist, submitted or not, and the
/// scores as one short text. Reading a whole contest then steps 250,000 rows of one table instead
/// of joining 2.5 million items to their sheets. A copy kept in step by every sheet write and
/// checked against the sealed sheets and items by `verify`, so no sealed row changes and no seal is
/// rewritten. The index on `score_sheets.updated_at` lets the chair's refresh find the sheets saved
/// since its last read without scanning them all. Safe to run again on a file whose version was
/// set back by hand: the copy is rebuilt from the record.
enum SchemaV9 {
    static let version = 9
    static let migration = Migration(version: version, summary: "each sheet's scores in one row", sql: """
    CREATE TABLE IF NOT EXISTS sheet_scores (
        sheet_id INTEGER PRIMARY KEY REFERENCES score_sheets (id),
        judge TEXT NOT NULL,
        entrant_id TEXT NOT NULL,
        submitted INTEGER NOT NULL CHECK (submitted IN (0, 1)),
        -- Tenths per criterion in rubric order, comma-separated, empty where not scored.
        tenths TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS score_sheets_by_update ON score_sheets (updated_at);
    """, fill: SheetScores.rebuild)
}
