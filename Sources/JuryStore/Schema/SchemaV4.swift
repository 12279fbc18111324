/// Version 4: a rank for the review stage, so sorting by stage follows the review (registered →
/// round one → round two → finalist) instead of the alphabet of the stored names, with an index.
enum SchemaV4 {
    static let migration = Migration(version: 4, summary: "review stage order", sql: """
    -- VIRTUAL: computed on read from review_stage, so no write path has to keep it in step.
    ALTER TABLE entrants ADD COLUMN stage_rank INTEGER GENERATED ALWAYS AS (CASE review_stage
        WHEN 'registered' THEN 0 WHEN 'round1_failed' THEN 1 WHEN 'round1_passed' THEN 2
        WHEN 'round2_failed' THEN 3 WHEN 'round2_passed' THEN 4 WHEN 'finalist' THEN 5 ELSE 9 END) VIRTUAL;
    CREATE INDEX entrants_by_stage_rank ON entrants (stage_rank, id);
    """)
}
