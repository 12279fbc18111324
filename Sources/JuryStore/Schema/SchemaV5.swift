/// Version 5: the review stages and verdicts of issue 6 — `needs information` (待补充) in both
/// rounds, `disqualified` (取消参赛资格), and no separate `round2_passed` (a round-two pass makes
/// the entrant a finalist, so stored `round2_passed` becomes `finalist`).
///
/// SQLite cannot change a CHECK constraint in place, so `entrants` and `review_decisions` are
/// rebuilt (create, copy, drop, rename; foreign keys are off around the migration and checked
/// before it commits). `review_decisions` keeps its columns and values exactly, so every sealed
/// row still matches its audit entry. Waivers keep their written reasons in the existing `waivers`
/// JSON column as `{"check", "reason"}` objects; no new column is needed.
enum SchemaV5 {
    static let migration = Migration(version: 5, summary: "review stages: needs information, disqualified", sql: """
    CREATE TABLE entrants_v5 (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        union_name TEXT NOT NULL DEFAULT '',
        employer TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        is_union_member INTEGER NOT NULL DEFAULT 0 CHECK (is_union_member IN (0, 1)),
        registered_at TEXT,
        total_followers INTEGER NOT NULL DEFAULT 0 CHECK (total_followers >= 0),
        platforms TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        review_stage TEXT NOT NULL DEFAULT 'registered' CHECK (review_stage IN
            ('registered', 'round1_passed', 'round1_failed', 'round1_info', 'round2_failed', 'round2_info',
             'finalist', 'disqualified')),
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        content_sha256 TEXT NOT NULL DEFAULT '',
        stage_rank INTEGER GENERATED ALWAYS AS (CASE review_stage
            WHEN 'registered' THEN 0 WHEN 'disqualified' THEN 1 WHEN 'round1_failed' THEN 2 WHEN 'round1_info' THEN 3
            WHEN 'round1_passed' THEN 4 WHEN 'round2_failed' THEN 5 WHEN 'round2_info' THEN 6 WHEN 'finalist' THEN 7
            ELSE 9 END) VIRTUAL
    ) STRICT;
    INSERT INTO entrants_v5 (id, name, phone, union_name, employer, city, is_union_member, registered_at,
        total_followers, platforms, search_text, review_stage, imported_at, updated_at, content_sha256)
    SELECT id, name, phone, union_name, employer, city, is_union_member, registered_at,
        total_followers, platforms, search_text,
        CASE review_stage WHEN 'round2_passed' THEN 'finalist' ELSE review_stage END,
        imported_at, updated_at, content_sha256
    FROM entrants;
    DROP TABLE entrants;
    ALTER TABLE entrants_v5 RENAME TO entrants;
    CREATE INDEX entrants_by_name ON entrants (name, id);
    CREATE INDEX entrants_by_city ON entrants (city, id);
    CREATE INDEX entrants_by_followers ON entrants (total_followers DESC, id);
    CREATE INDEX entrants_by_stage ON entrants (review_stage, id);
    CREATE INDEX entrants_by_phone ON entrants (phone);
    CREATE INDEX entrants_by_stage_rank ON entrants (stage_rank, id);
    -- The claim queue: registration time within a stage.
    CREATE INDEX entrants_by_stage_registered ON entrants (review_stage, registered_at, id);

    CREATE TABLE review_decisions_v5 (
        id INTEGER PRIMARY KEY,
        round INTEGER NOT NULL CHECK (round IN (1, 2)),
        entrant_id TEXT NOT NULL REFERENCES entrants (id),
        reviewer TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail', 'info', 'disqualified')),
        waivers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(waivers)),
        reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
        note TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT ''
    ) STRICT;
    INSERT INTO review_decisions_v5 SELECT id, round, entrant_id, reviewer, outcome, waivers, reasons, note,
        decided_at, row_hash FROM review_decisions;
    DROP TABLE review_decisions;
    ALTER TABLE review_decisions_v5 RENAME TO review_decisions;
    CREATE INDEX review_decisions_latest ON review_decisions (entrant_id, round, id);
    """)
}
