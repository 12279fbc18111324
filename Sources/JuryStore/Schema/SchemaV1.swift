/// Version 1: settings, people, entrants and their accounts and works, the review and scoring
/// tables, vote counts, and the audit chain.
enum SchemaV1 {
    static let migration = Migration(version: 1, summary: "core tables", sql: """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE entrants (
        id TEXT PRIMARY KEY NOT NULL CHECK (length(id) > 0),
        name TEXT NOT NULL,
        phone TEXT NOT NULL DEFAULT '',
        union_name TEXT NOT NULL DEFAULT '',
        employer TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        is_union_member INTEGER NOT NULL DEFAULT 0 CHECK (is_union_member IN (0, 1)),
        registered_at TEXT,
        -- Denormalised for the browser: summing and joining accounts on 100,000 rows per page is too slow.
        total_followers INTEGER NOT NULL DEFAULT 0 CHECK (total_followers >= 0),
        platforms TEXT NOT NULL DEFAULT '',
        search_text TEXT NOT NULL DEFAULT '',
        review_stage TEXT NOT NULL DEFAULT 'registered' CHECK (review_stage IN
            ('registered', 'round1_passed', 'round1_failed', 'round2_passed', 'round2_failed', 'finalist')),
        imported_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX entrants_by_name ON entrants (name, id);
    CREATE INDEX entrants_by_city ON entrants (city, id);
    CREATE INDEX entrants_by_followers ON entrants (total_followers DESC, id);
    CREATE INDEX entrants_by_stage ON entrants (review_stage, id);
    CREATE INDEX entrants_by_phone ON entrants (phone);

    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        entrant_id TEXT NOT NULL REFERENCES entrants (id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        platform TEXT NOT NULL,
        nickname TEXT NOT NULL DEFAULT '',
        homepage TEXT NOT NULL DEFAULT '',
        followers INTEGER NOT NULL CHECK (followers >= 0),
        since TEXT,
        original_percent INTEGER CHECK (original_percent BETWEEN 0 AND 100),
        screenshots TEXT NOT NULL DEFAULT '[]',
        UNIQUE (entrant_id, position)
    ) STRICT;
    CREATE INDEX accounts_by_nickname ON accounts (nickname);

    CREATE TABLE works (
        id INTEGER PRIMARY KEY,
        entrant_id TEXT NOT NULL REFERENCES entrants (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('past', 'entry')),
        title TEXT NOT NULL DEFAULT '',
        platform TEXT,
        url TEXT NOT NULL DEFAULT '',
        file TEXT NOT NULL DEFAULT '',
        duration_seconds INTEGER CHECK (duration_seconds >= 0),
        resolution INTEGER CHECK (resolution >= 0),
        topic TEXT,
        hashtag_posted INTEGER CHECK (hashtag_posted IN (0, 1)),
        UNIQUE (entrant_id, kind)
    ) STRICT;

    CREATE TABLE recommendations (
        id INTEGER PRIMARY KEY,
        unit TEXT NOT NULL CHECK (length(unit) > 0),
        seq INTEGER NOT NULL,
        name TEXT NOT NULL,
        employer TEXT NOT NULL DEFAULT '',
        platform TEXT,
        nickname TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        note TEXT NOT NULL DEFAULT '',
        matched_entrant_id TEXT REFERENCES entrants (id) ON DELETE SET NULL,
        match_method TEXT CHECK (match_method IN ('phone', 'name_employer', 'name_nickname', 'manual')),
        UNIQUE (unit, seq)
    ) STRICT;
    CREATE INDEX recommendations_by_entrant ON recommendations (matched_entrant_id);

    CREATE TABLE review_decisions (
        id INTEGER PRIMARY KEY,
        round INTEGER NOT NULL CHECK (round IN (1, 2)),
        entrant_id TEXT NOT NULL REFERENCES entrants (id),
        reviewer TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('pass', 'fail')),
        waivers TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(waivers)),
        reasons TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(reasons)),
        note TEXT NOT NULL DEFAULT '',
        decided_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT ''
    ) STRICT;
    -- The latest decision wins: the highest id per entrant and round.
    CREATE INDEX review_decisions_latest ON review_decisions (entrant_id, round, id);

    CREATE TABLE score_sheets (
        id INTEGER PRIMARY KEY,
        judge TEXT NOT NULL,
        entrant_id TEXT NOT NULL REFERENCES entrants (id),
        status TEXT NOT NULL CHECK (status IN ('draft', 'submitted')),
        updated_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT '',
        UNIQUE (judge, entrant_id)
    ) STRICT;
    CREATE INDEX score_sheets_by_entrant ON score_sheets (entrant_id);

    CREATE TABLE score_items (
        id INTEGER PRIMARY KEY,
        sheet_id INTEGER NOT NULL REFERENCES score_sheets (id),
        criterion TEXT NOT NULL CHECK (length(criterion) > 0),
        tenths INTEGER NOT NULL CHECK (tenths BETWEEN 0 AND 1000),
        updated_at TEXT NOT NULL,
        row_hash TEXT NOT NULL DEFAULT '',
        UNIQUE (sheet_id, criterion)
    ) STRICT;

    CREATE TABLE vote_snapshots (
        id INTEGER PRIMARY KEY,
        entrant_id TEXT NOT NULL REFERENCES entrants (id) ON DELETE CASCADE,
        votes INTEGER NOT NULL CHECK (votes >= 0),
        taken_at TEXT NOT NULL,
        UNIQUE (entrant_id, taken_at)
    ) STRICT;

    CREATE TABLE users (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE CHECK (length(name) > 0),
        role TEXT NOT NULL CHECK (role IN ('reviewer', 'judge', 'chair', 'admin')),
        unit TEXT NOT NULL DEFAULT '',
        city TEXT NOT NULL DEFAULT '',
        pin_hash TEXT,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        failed_attempts INTEGER NOT NULL DEFAULT 0 CHECK (failed_attempts >= 0),
        locked_until TEXT,
        created_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT '{}',
        prev_hash TEXT NOT NULL CHECK (length(prev_hash) = 64),
        hash TEXT NOT NULL UNIQUE CHECK (length(hash) = 64)
    ) STRICT;
    """)
}
