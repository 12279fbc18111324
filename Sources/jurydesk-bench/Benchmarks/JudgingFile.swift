import Foundation
import JuryCore
import JuryStore

/// A contest at judging size, written in SQL: finalists with Chinese names, employers and cities, judge
/// accounts, a chair who can sign in, the jury-scoring phase, and (optionally) every judge's submitted
/// sheet for every finalist with 20 days of vote counts. Shared by the ranking, frame, startup, submit and sessions benchmarks.
enum JudgingFile {
    static let chair = "主任"
    static let pin = "333333"
    /// Days of public voting imported for every finalist with the sheets (100,000 snapshots for 5,000).
    static let voteDays = 20

    /// Creates the file; `sheets: false` leaves the judging to be done (for the submit benchmarks).
    /// `registrations` (at least `finalists`) makes the rest of the file the contest's real shape:
    /// entrants who registered and were turned away in the review rounds, beside the finalists.
    static func create(at path: String, finalists: Int, judges: Int, sheets: Bool = true,
                       registrations: Int = 0) throws -> (Store, ContestDefinition) {
        let contest = try AppKeysBench.contestJSON()
        let store = try Store.create(at: path, contestDefinitionJSON: contest)
        let definition = try ContestDefinition.decode(Data(contest.utf8))
        try store.users.add(name: chair, role: .chair, pin: pin, actor: "cli:bench")
        try store.phase.set("juryScoring", actor: "cli:bench")
        let criteria = definition.rubric.criteria
        let values = criteria.enumerated().map { (ord, c) in
            "('\(c.id)', \(c.max.rawValue / max(1, c.step.rawValue)), \(max(1, c.step.rawValue)), \(ord))"
        }.joined(separator: ", ")
        try store.rawConnection { db in
            try db.execute("BEGIN")
            try db.execute("""
                CREATE TEMP TABLE bench_surname (k INTEGER PRIMARY KEY, v TEXT);
                INSERT INTO bench_surname VALUES (0,'王'),(1,'李'),(2,'张'),(3,'刘'),(4,'陈'),(5,'杨'),(6,'赵'),(7,'黄'),
                    (8,'周'),(9,'吴'),(10,'徐'),(11,'孙'),(12,'马'),(13,'朱'),(14,'胡'),(15,'郭'),(16,'欧阳');
                CREATE TEMP TABLE bench_given (k INTEGER PRIMARY KEY, v TEXT);
                INSERT INTO bench_given VALUES (0,'晓明'),(1,'建国'),(2,'丽娟'),(3,'志强'),(4,'秀英'),(5,'海燕'),(6,'伟'),
                    (7,'子涵'),(8,'一鸣'),(9,'思远'),(10,'浩然'),(11,'雨桐'),(12,'春梅');
                CREATE TEMP TABLE bench_employer (k INTEGER PRIMARY KEY, v TEXT, city TEXT);
                INSERT INTO bench_employer VALUES (0,'国网陕西省电力公司','西安'),(1,'西安地铁运营分公司','西安'),
                    (2,'宝鸡市环卫处','宝鸡'),(3,'陕西建工集团第五建筑工程有限公司','西安'),(4,'中国铁路西安局集团','西安'),
                    (5,'延安市人民医院','延安'),(6,'咸阳市公交集团','咸阳'),(7,'汉中市环境卫生管理处','汉中');
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(finalists))
                INSERT INTO entrants (id, name, employer, city, review_stage, total_followers, imported_at, updated_at)
                SELECT printf('F%05d', i), s.v || g.v, e.v, e.city, 'finalist', (i * 7919) % 490000 + 10000, 'x', 'x'
                FROM n JOIN bench_surname s ON s.k = i % 17 JOIN bench_given g ON g.k = (i / 17) % 13
                JOIN bench_employer e ON e.k = (i / 3) % 8;
                WITH RECURSIVE n(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM n WHERE j < \(judges))
                INSERT INTO users (name, role, unit, city, created_at) SELECT '评委' || j, 'judge', '评审专家库', '', 'x' FROM n;
                """)
            if sheets {
                try db.execute("""
                    INSERT INTO score_sheets (judge, entrant_id, status, updated_at)
                    SELECT u.name, e.id, 'submitted', 'x' FROM entrants e CROSS JOIN users u WHERE u.role = 'judge';
                    CREATE TEMP TABLE bench_criteria (id TEXT, steps INTEGER, step INTEGER, ord INTEGER);
                    INSERT INTO bench_criteria VALUES \(values);
                    INSERT INTO score_items (sheet_id, criterion, tenths, updated_at)
                    SELECT s.id, c.id, (abs(random()) % (c.steps + 1)) * c.step, 'x' FROM score_sheets s CROSS JOIN bench_criteria c;
                    INSERT INTO sheet_scores (sheet_id, judge, entrant_id, submitted, tenths)
                    SELECT s.id, s.judge, s.entrant_id, 1, t.tenths FROM score_sheets s JOIN (
                        SELECT sheet_id, group_concat(tenths, ',') AS tenths FROM (
                            SELECT i.sheet_id, i.tenths FROM score_items i JOIN bench_criteria c ON c.id = i.criterion
                            ORDER BY i.sheet_id, c.ord)
                        GROUP BY sheet_id) t ON t.sheet_id = s.id;
                    WITH RECURSIVE d(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM d WHERE k < \(voteDays))
                    INSERT INTO vote_snapshots (entrant_id, votes, taken_at)
                    SELECT e.id, (abs(random()) % 5000) * d.k, printf('2023-10-%02dT02:00:00Z', d.k) FROM entrants e CROSS JOIN d;
                    """)
            }
            if registrations > finalists {
                try db.execute("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(registrations - finalists))
                    INSERT INTO entrants (id, name, employer, city, review_stage, total_followers, imported_at, updated_at)
                    SELECT printf('R%06d', i), '报名' || i, '国网陕西省电力公司', '西安',
                        CASE i % 3 WHEN 0 THEN 'registered' WHEN 1 THEN 'round1_failed' ELSE 'round2_failed' END, 9000 + i, 'x', 'x'
                    FROM n;
                    """)
            }
            try db.execute("COMMIT")
            try db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        }
        if registrations > finalists {
            // Entrants written by SQL have no seals; one imported through the store gives the file
            // the entrants' digest that every later change to an entrant moves, as a real file has.
            try store.importEntrants([Entrant(id: "R000000", name: "报名0", phone: "13800000000", union: "陕西省总工会",
                                              employer: "国网陕西省电力公司", city: "西安", isUnionMember: true)], actor: "cli:bench")
        }
        return (store, definition)
    }

    /// A complete sheet for the rubric (every criterion at a valid step), varied by `seed`.
    static func sheet(_ definition: ContestDefinition, seed: Int) -> [String: Int] {
        var tenths: [String: Int] = [:]
        for (i, c) in definition.rubric.criteria.enumerated() {
            let step = max(1, c.step.rawValue), steps = c.max.rawValue / step
            tenths[c.id] = ((seed * 31 + i * 7) % (steps + 1)) * step
        }
        return tenths
    }
}

extension JudgingFile {
    /// The file at `path` if an earlier benchmark of this run built it, else a new one.
    static func openOrCreate(at path: String, finalists: Int, judges: Int) throws -> (Store, ContestDefinition) {
        guard FileManager.default.fileExists(atPath: path) else { return try create(at: path, finalists: finalists, judges: judges) }
        let store = try Store.open(at: path)
        return (store, try ContestDefinition.decode(Data(try store.settings.contestDefinitionJSON().utf8)))
    }
}
