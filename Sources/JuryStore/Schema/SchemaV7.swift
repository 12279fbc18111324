/// Version 7: reminders the chair leaves for a judge, shown at the judge's next sign-in.
///
/// Numbered 7 so that the judging feature's version 6 can land independently; this step creates
/// only its own table and reads nothing of version 6 (the lead renumbers at merge if needed).
enum SchemaV7 {
    static let migration = Migration(version: 7, summary: "reminders for judges", sql: """
    CREATE TABLE IF NOT EXISTS reminders (
        id INTEGER PRIMARY KEY,
        judge TEXT NOT NULL CHECK (length(judge) > 0),
        text TEXT NOT NULL CHECK (length(text) > 0),
        created_by TEXT NOT NULL,
        created_at TEXT NOT NULL,
        seen_at TEXT
    ) STRICT;
    CREATE INDEX IF NOT EXISTS reminders_unseen ON reminders (judge, seen_at, id);
    """)
}
