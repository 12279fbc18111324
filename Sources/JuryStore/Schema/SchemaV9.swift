/// Version 9 (issue 11, the chair's first read at full size): each sheet's scores in one row,
/// `sheet_scores`, derived from the sealed `score_items` and written with them (`SheetScores`), so
/// reading a whole contest steps 250,000 rows instead of 2.5 million. Not sealed: it is checked
/// against the items by `verify`, so no sealed row changes and no seal is rewritten. The index on
/// `score_sheets.updated_at` lets the chair's refresh find the sheets saved since its last read
/// without scanning them all. Safe to run again on a file whose version was set back by hand.
enum SchemaV9 {
    static let version = 9
    static let migration = Migration(version: version, summary: "each sheet's scores in one row", sql: """
    CREATE TABLE IF NOT EXISTS sheet_scores (
        sheet_id INTEGER PRIMARY KEY REFERENCES score_sheets (id),
        -- Tenths per criterion in rubric order, comma-separated, empty where not scored.
        tenths TEXT NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS score_sheets_by_update ON score_sheets (updated_at);
    """, fill: { db in
        let texts = try SheetScores.fromItems(criteria: SheetScores.storedCriteria(db), db: db)
        // Rebuilt whole when the version was rolled back by hand: the items are the record.
        try db.execute("DELETE FROM sheet_scores")
        let insert = try db.prepare("INSERT INTO sheet_scores (sheet_id, tenths) VALUES (?, ?)")
        for (id, text) in texts {
            insert.reset()
            try insert.bind([id, text])
            _ = try insert.step()
        }
    })
}
