import JuryCore

extension Store {
    /// Every entrant, one row each, in entry-id order.
    public func exportEntrants(language: MessageLanguage, phones: PhoneVisibility) throws -> ExportTable {
        let zh = language == .zh
        let header = zh
            ? ["报名编号", "姓名", "手机号", "所在工会", "工作单位", "城市", "工会会员", "平台", "主账号昵称", "粉丝总数", "组织推荐", "审核阶段", "最新票数"]
            : ["entry id", "name", "phone", "union", "employer", "city", "union member", "platforms", "main account",
               "followers", "recommended", "review stage", "latest votes"]
        return try read { db in
            let votes = try votes.latest()
            let recommended = Set(try db.query(
                "SELECT DISTINCT matched_entrant_id AS id FROM recommendations WHERE matched_entrant_id IS NOT NULL")
                .compactMap { $0.string("id") })
            var rows: [[String]] = []
            for idRow in try db.query("SELECT id, review_stage FROM entrants ORDER BY id") {
                guard let id = idRow.string("id"), let e = try EntrantRows.fetch(id: id, db: db) else { continue }
                let stage = ReviewStage(rawValue: idRow.string("review_stage") ?? "") ?? .registered
                rows.append([
                    e.id, e.name, phones.show(e.phone), e.union, e.employer, e.city,
                    yesNo(e.isUnionMember, zh),
                    e.accounts.map { zh ? $0.platform.chineseName : $0.platform.englishName }.joined(separator: "、"),
                    e.mainAccount?.nickname ?? "", String(e.totalFollowers),
                    yesNo(recommended.contains(e.id), zh), (zh ? stage.shortLabel.zh : stage.shortLabel.en), votes[e.id].map(String.init) ?? "",
                ])
            }
            // 粉丝总数 and 最新票数 are numbers; everything else, ids included, is text.
            return ExportTable(header: header, rows: rows, numericColumns: [9, 12])
        }
    }

    /// Every recommendation, unit by unit, with whether the creator registered (已推荐未报名 if not).
    public func exportRecommendations(language: MessageLanguage, phones: PhoneVisibility) throws -> ExportTable {
        let zh = language == .zh
        let header = zh
            ? ["推荐单位", "序号", "达人姓名", "单位", "参赛平台", "账号昵称", "手机号", "备注", "报名编号", "状态"]
            : ["unit", "no.", "name", "employer", "platform", "nickname", "phone", "note", "entry id", "status"]
        let repo = recommendations
        var rows: [[String]] = []
        for unit in try repo.units() {
            for entry in try repo.list(unit: unit.unit) {
                let r = entry.recommendation
                let status = entry.matchedEntrantId == nil ? (zh ? "已推荐未报名" : "recommended, not registered")
                                                           : (zh ? "已报名" : "registered")
                rows.append([r.unit, String(r.sequence), r.name, r.employer,
                             r.platform.map { zh ? $0.chineseName : $0.englishName } ?? "", r.nickname,
                             phones.show(r.phone), r.note, entry.matchedEntrantId ?? "", status])
            }
        }
        // 序号 is a number; everything else is text.
        return ExportTable(header: header, rows: rows, numericColumns: [1])
    }

    /// One row per unit (a recommending unit or an entrant's union): how many it recommended, how
    /// many of those registered, whether it fell short of the notice's 10 names, and how its
    /// creators fared in review — the figures a unit's written summary (due 2023-09-10) needs.
    public func exportSummary(language: MessageLanguage,
                              minimumPerUnit: Int = Reconciliation.minimumPerUnit) throws -> ExportTable {
        let zh = language == .zh
        let header = zh
            ? ["单位", "推荐人数", "推荐已报名", "已推荐未报名", "推荐不足10名", "本单位报名人数", "初审通过", "复审通过", "入围",
               "推荐者一轮通过", "推荐者二轮通过"]
            : ["unit", "recommended", "recommended and registered", "recommended, not registered",
               "fewer than \(minimumPerUnit) names", "registered from this union", "passed round one",
               "passed round two", "finalists", "recommended, passed round one", "recommended, passed round two"]
        return try read { db in
            var recommended: [String: (rows: Int, matched: Int)] = [:]
            for row in try db.query("""
                SELECT unit, count(*) AS n, count(matched_entrant_id) AS matched FROM recommendations GROUP BY unit
                """) {
                recommended[row.string("unit") ?? ""] = (row.int("n") ?? 0, row.int("matched") ?? 0)
            }
            // How the creators each unit recommended fared in each review round (the unit's own summary).
            var recommendedPassed: [String: (one: Int, two: Int)] = [:]
            for row in try db.query("""
                SELECT r.unit, coalesce(sum(e.review_stage IN ('round1_passed', 'round2_failed', 'round2_info', 'finalist')), 0) AS one,
                    coalesce(sum(e.review_stage = 'finalist'), 0) AS two
                FROM recommendations r JOIN entrants e ON e.id = r.matched_entrant_id GROUP BY r.unit
                """) {
                recommendedPassed[row.string("unit") ?? ""] = (row.int("one") ?? 0, row.int("two") ?? 0)
            }
            // A creator who passed round two also passed round one; a finalist passed both.
            var stages: [String: [Int]] = [:]
            for row in try db.query("""
                SELECT union_name AS unit, count(*) AS n,
                    sum(review_stage IN ('round1_passed', 'round2_failed', 'round2_info', 'finalist')) AS r1,
                    sum(review_stage = 'finalist') AS r2,
                    sum(review_stage = 'finalist') AS fin
                FROM entrants GROUP BY union_name
                """) {
                stages[row.string("unit") ?? ""] = [row.int("n") ?? 0, row.int("r1") ?? 0, row.int("r2") ?? 0, row.int("fin") ?? 0]
            }
            let units = Set(recommended.keys).union(stages.keys).filter { !$0.isEmpty }.sorted()
            let rows = units.map { unit -> [String] in
                let rec = recommended[unit]
                let s = stages[unit] ?? [0, 0, 0, 0]
                let short = rec.map { $0.rows < minimumPerUnit } ?? false
                return [unit, String(rec?.rows ?? 0), String(rec?.matched ?? 0), String((rec?.rows ?? 0) - (rec?.matched ?? 0)),
                        rec == nil ? "" : yesNo(short, zh), String(s[0]), String(s[1]), String(s[2]), String(s[3]),
                        String(recommendedPassed[unit]?.one ?? 0), String(recommendedPassed[unit]?.two ?? 0)]
            }
            // Every column but the unit's name and the yes/no column is a count.
            return ExportTable(header: header, rows: rows, numericColumns: [1, 2, 3, 5, 6, 7, 8, 9, 10])
        }
    }

    /// Records an unmasked export in the audit log — who (the admin and the shell account), which
    /// export, how many rows, and the file it went to (`-` for stdout) — through the write helper.
    public func recordUnmaskedExport(kind: String, rows: Int, destination: String, admin: String,
                                     via account: String) throws {
        try write(actor: admin, action: "export.unmasked", subject: kind,
                  detail: .object(["rows": .int(Int64(rows)), "file": .string(destination), "account": .string(account)])) { ctx in
            // The store, not only the command line, refuses anyone but an administrator.
            try ctx.requireRole(in: [.admin], attempt: LocalizedText(zh: "导出未打码的手机号", en: "export unmasked phone numbers"))
        }
    }

    private func yesNo(_ value: Bool, _ zh: Bool) -> String { value ? (zh ? "是" : "yes") : (zh ? "否" : "no") }
}
