import JuryStore

/// Builds the 100,000-entrant file the browser and memory benchmarks read, generated inside SQLite.
///
/// Same approach as `EntrantPagingTests.bigStore` (one transaction, rows made by a recursive CTE), with
/// Chinese names, cities and employers so the partial-match filters have realistic hit rates; the
/// denormalised columns (`platforms`, `search_text`, `total_followers`) follow `EntrantRows.insertNew`.
enum BigDatabase {
    static let entrantCount = 100_000
    static let contestJSON = #"{"id":"zhengnengliang-2023","name":"正能量职工网络达人"}"#

    /// `count` entrants (the benchmarks' 100,000 by default; the app benchmark's baseline uses fewer).
    static func create(at path: String, count: Int = entrantCount) throws -> Store {
        let store = try Store.create(at: path, contestDefinitionJSON: contestJSON)
        try store.rawConnection { try $0.execute("""
            BEGIN IMMEDIATE;
            CREATE TEMP TABLE bench_city (k INTEGER PRIMARY KEY, v TEXT);
            INSERT INTO bench_city VALUES (0,'西安'),(1,'宝鸡'),(2,'咸阳'),(3,'渭南'),(4,'延安'),(5,'汉中'),(6,'榆林'),
                (7,'安康'),(8,'商洛'),(9,'铜川');
            CREATE TEMP TABLE bench_surname (k INTEGER PRIMARY KEY, v TEXT);
            INSERT INTO bench_surname VALUES (0,'王'),(1,'李'),(2,'张'),(3,'刘'),(4,'陈'),(5,'杨'),(6,'赵'),(7,'黄'),
                (8,'周'),(9,'吴'),(10,'徐'),(11,'孙'),(12,'马'),(13,'朱'),(14,'胡'),(15,'郭'),(16,'何'),(17,'高'),
                (18,'林'),(19,'罗'),(20,'郑'),(21,'梁'),(22,'谢');
            CREATE TEMP TABLE bench_given (k INTEGER PRIMARY KEY, v TEXT);
            INSERT INTO bench_given VALUES (0,'晓明'),(1,'建国'),(2,'丽娟'),(3,'志强'),(4,'秀英'),(5,'海燕'),(6,'伟'),
                (7,'敏'),(8,'静'),(9,'磊'),(10,'洋'),(11,'艳'),(12,'勇'),(13,'军'),(14,'杰'),(15,'娜'),(16,'涛'),
                (17,'超'),(18,'明'),(19,'霞'),(20,'平'),(21,'刚'),(22,'桂英'),(23,'玉兰'),(24,'春梅'),(25,'文博'),
                (26,'子涵'),(27,'一鸣'),(28,'思远'),(29,'浩然'),(30,'雨桐');
            CREATE TEMP TABLE bench_employer (k INTEGER PRIMARY KEY, v TEXT);
            INSERT INTO bench_employer VALUES (0,'国网陕西省电力公司'),(1,'西安地铁运营分公司'),(2,'西安市环卫中心'),
                (3,'陕西建工集团'),(4,'中国铁路西安局'),(5,'陕西煤业化工集团'),(6,'西安市第一医院'),(7,'宝鸡市环卫处'),
                (8,'陕西延长石油'),(9,'西北工业大学'),(10,'咸阳市公交集团'),(11,'陕汽集团'),(12,'中铁二十局'),
                (13,'西安邮政分公司'),(14,'榆林市供水公司'),(15,'渭南市人民医院'),(16,'汉中市环境卫生管理处'),
                (17,'陕西广电网络'),(18,'西安市消防救援支队'),(19,'延安市市场监管局');
            CREATE TEMP TABLE bench_platform (k INTEGER PRIMARY KEY, v TEXT);
            INSERT INTO bench_platform VALUES (0,'douyin'),(1,'kuaishou'),(2,'weibo'),(3,'bilibili'),(4,'channels'),
                (5,'xiaohongshu'),(6,'toutiao');
            WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < \(count)),
            gen AS (
                SELECT n, printf('E%06d', n) AS id,
                    s.v || g.v AS name,
                    printf('138%08d', n) AS phone,
                    e.v AS employer, c.v AS city, p.v AS platform,
                    s.v || g.v || '的' || c.v || '日常' AS nickname,
                    ((n * 7919) % 490000) + 10000 AS followers
                FROM seq
                JOIN bench_surname s ON s.k = n % 23
                JOIN bench_given g ON g.k = (n / 23) % 31
                JOIN bench_employer e ON e.k = (n / 7) % 20
                JOIN bench_city c ON c.k = n % 10
                JOIN bench_platform p ON p.k = (n / 3) % 7)
            INSERT INTO entrants (id, name, phone, union_name, employer, city, is_union_member, registered_at,
                total_followers, platforms, search_text, imported_at, updated_at)
            SELECT id, name, phone, '陕西省总工会', employer, city, 1, '2023-08-15T02:00:00.000Z', followers,
                ',' || platform || ',',
                lower(name || '|' || employer || '|' || city || '|' || '陕西省总工会' || '|' || nickname),
                '2023-09-01T00:00:00.000Z', '2023-09-01T00:00:00.000Z'
            FROM gen;
            INSERT INTO accounts (entrant_id, position, platform, nickname, followers)
            SELECT id, 0, substr(platforms, 2, length(platforms) - 2), name || '的日常', total_followers FROM entrants;
            -- One entrant in 50 is on a unit's recommendation list, so the page's EXISTS has hits.
            INSERT INTO recommendations (unit, seq, name, employer, matched_entrant_id, match_method)
            SELECT '陕西省总工会', rowid, name, employer, id, 'name_employer' FROM entrants WHERE rowid % 50 = 0;
            COMMIT;
            PRAGMA wal_checkpoint(TRUNCATE);
            """) }
        return store
    }
}
