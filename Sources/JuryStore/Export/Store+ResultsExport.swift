import Foundation
import JuryCore

extension ResultsRepository {
    /// The ranking by `method` (the contest's own when nil) over one snapshot of the judging.
    public func ranking(definition: ContestDefinition, method: RankingMethod? = nil) throws -> (JudgingSnapshot, Ranking) {
        let snapshot = try self.snapshot(rubric: definition.rubric)
        let ranking = Ranking(table: snapshot.table, votes: snapshot.votes, expectedJudges: snapshot.expectedJudges,
                              policy: definition.voting, method: method)
        return (snapshot, ranking)
    }

    /// `mean`, `trimmed`, `median` or `zscore` as a method (the trimmed fraction from the definition).
    public static func method(named name: String, policy: VotingPolicy) -> RankingMethod? {
        switch name {
        case "mean": .mean
        case "trimmed", "trimmedMean": .trimmedMean(fraction: policy.trimmedFraction)
        case "median": .median
        case "zscore", "zScore": .zScore
        default: nil
        }
    }

    /// The names `method(named:)` accepts.
    public static let methodNames = ["mean", "trimmed", "median", "zscore"]

    /// "trimmedMean(0.2); votes 20 % (logarithmic)": the method and weights, printed on every export.
    public static func methodLine(_ method: RankingMethod, policy: VotingPolicy, language: MessageLanguage) -> String {
        let weight = Int((policy.weight * 100).rounded())
        let label = method.label(language == .zh ? .zhHans : .en)
        return language == .zh
            ? "计算方法：\(label)；综合分 = \(100 - weight)% 评委分 + \(weight)% 投票分（\(policy.normalization.rawValue) 归一）；四舍五入保留 1 位小数"
            : "Method: \(label); combined = \(100 - weight)% jury + \(weight)% votes (\(policy.normalization.rawValue) normalised); rounded half away from zero to one decimal"
    }
}

extension Store {
    /// Every finalist by `method`: subtotals, jury score, votes, vote points, combined, rank, award;
    /// each row names the method, weights and time, so a copy of the file still says how it was made.
    public func exportResults(method: RankingMethod?, language: MessageLanguage) throws -> ExportTable {
        let zh = language == .zh
        let definition = try contestDefinition()
        let (snapshot, ranking) = try results.ranking(definition: definition, method: method)
        let awards = try awardLabels(definition, zh)
        let dims = definition.rubric.dimensions.map { zh ? $0.label.zh : $0.label.en }
        let header = (zh ? ["报名编号", "姓名"] : ["entry id", "name"]) + dims
            + (zh ? ["评委分", "票数", "投票分", "综合分", "名次", "并列", "奖项", "评委已交/应交", "计算方法", "计算时间"]
                  : ["jury score", "votes", "vote points", "combined", "rank", "tied", "award", "judges submitted/expected", "method", "computed at"])
        let line = ResultsRepository.methodLine(ranking.method, policy: definition.voting, language: language)
        let at = nowText
        let rows = ranking.rows.map { row -> [String] in
            let f = snapshot.finalists[row.entrant]
            let scored = row.juryPoints != nil
            var cells: [String] = [f.id, f.name]
            for d in dims.indices {
                cells.append(scored && d < row.dimensionPoints.count ? ScoreRounding.display(row.dimensionPoints[d]) : "")
            }
            let jury: String = row.juryPoints.map(ScoreRounding.display) ?? ""
            let combined: String = row.combined.map(ScoreRounding.display) ?? ""
            let rank: String = row.rank.map { String($0) } ?? ""
            let tied: String = row.isTied ? (zh ? "是" : "yes") : ""
            let award: String = awards[row.id]?.label ?? ""
            cells += [jury, String(row.votes), ScoreRounding.display(row.votePoints), combined, rank, tied, award]
            cells += ["\(row.judgesSubmitted)/\(row.judgesExpected)", line, at]
            return cells
        }
        let numeric = Set(2..<(2 + dims.count + 5))
        return ExportTable(header: header, rows: rows, numericColumns: numeric)
    }

    /// One row per winner, award by award in the plan's order, by rank within the award.
    public func exportAwards(language: MessageLanguage) throws -> ExportTable {
        let zh = language == .zh
        let definition = try contestDefinition()
        let (snapshot, ranking) = try results.ranking(definition: definition)
        let header = zh ? ["奖项", "奖项内名次", "报名编号", "姓名", "工作单位", "综合分", "计算方法"]
                        : ["award", "rank in award", "entry id", "name", "employer", "combined", "method"]
        let line = ResultsRepository.methodLine(ranking.method, policy: definition.voting, language: language)
        let all = try awards.all()
        var rows: [[String]] = []
        for category in definition.awards.categories {
            for a in all.filter({ $0.awardId == category.id }).sorted(by: { $0.rank < $1.rank }) {
                let e = snapshot.index(of: a.entrantId)
                let row = e.flatMap { i in ranking.rows.first { $0.entrant == i } }
                rows.append([zh ? category.label.zh : category.label.en, String(a.rank), a.entrantId,
                             e.map { snapshot.finalists[$0].name } ?? "", e.map { snapshot.finalists[$0].employer } ?? "",
                             row?.combined.map(ScoreRounding.display) ?? "", line])
            }
        }
        return ExportTable(header: header, rows: rows, numericColumns: [1, 5])
    }

    /// Every sheet, per judge per criterion (drafts and conflicts marked; only submitted,
    /// non-conflicted sheets count).
    public func exportBreakdown(language: MessageLanguage) throws -> ExportTable {
        let zh = language == .zh
        let definition = try contestDefinition()
        let criteria = definition.rubric.criteria
        let snapshot = try results.snapshot(rubric: definition.rubric)
        let header = (zh ? ["报名编号", "姓名", "评委", "状态", "计入"] : ["entry id", "name", "judge", "status", "counts"])
            + criteria.map { zh ? $0.label.zh : $0.label.en } + [zh ? "合计" : "total"]
        let sheets = try read { db in try ScoreRepository.sheets(where: "1 = 1", [], db: db) }
        let conflicts = try read { db in
            Set(try db.query("SELECT judge, entrant_id FROM conflicts").map { "\($0.string("judge") ?? "")\u{1}\($0.string("entrant_id") ?? "")" })
        }
        var rows: [[String]] = []
        for s in sheets.sorted(by: { ($0.entrantId, $0.judge) < ($1.entrantId, $1.judge) }) {
            guard let e = snapshot.index(of: s.entrantId) else { continue }
            let conflicted = conflicts.contains("\(s.judge)\u{1}\(s.entrantId)")
            let status = conflicted ? (zh ? "回避" : "conflict") : s.status == .submitted ? (zh ? "已提交" : "submitted") : (zh ? "草稿" : "draft")
            let counts = !conflicted && s.status == .submitted
            let values = criteria.map { s.tenths[$0.id] }
            let total = values.contains(where: { $0 == nil }) ? "" : Tenths(values.reduce(0) { $0 + ($1 ?? 0) }).description
            rows.append([s.entrantId, snapshot.finalists[e].name, s.judge, status, counts ? (zh ? "是" : "yes") : (zh ? "否" : "no")]
                        + values.map { $0.map { Tenths($0).description } ?? "" } + [total])
        }
        return ExportTable(header: header, rows: rows, numericColumns: Set(5..<(6 + criteria.count)))
    }

    /// Per judge (scored, mean, SD, leniency, flagged rows) and the ICC figures, totals and per criterion.
    public func exportReliability(language: MessageLanguage) throws -> ExportTable {
        let zh = language == .zh
        let definition = try contestDefinition()
        let (snapshot, ranking) = try results.ranking(definition: definition)
        let icc = InterRaterReliability(table: snapshot.table)
        let header = zh ? ["类别", "评委或评分项", "评分数", "平均分", "标准差", "宽严（相对全体平均）", "偏离标记", "ICC(2,1)", "ICC(2,k)", "入围者数 n", "评委数 k"]
                        : ["kind", "judge or criterion", "scored", "mean", "SD", "leniency (vs pool mean)", "flagged", "ICC(2,1)", "ICC(2,k)", "finalists n", "judges k"]
        func d(_ v: Double?) -> String { v.map(ScoreRounding.display) ?? "" }
        func two(_ v: Double?) -> String { v.map { String(format: "%.3f", $0) } ?? "" }
        var rows: [[String]] = ranking.judges.map {
            [zh ? "评委" : "judge", $0.id, String($0.scored), d($0.mean), d($0.sd), d($0.leniency), String($0.outlierCount), "", "", "", ""]
        }
        func iccRow(_ name: String, _ c: InterRaterReliability.Coefficients?) -> [String] {
            ["ICC", name, "", "", "", "", "", two(c?.single), two(c?.average), c.map { String($0.n) } ?? "", c.map { String($0.k) } ?? ""]
        }
        rows.append(iccRow(zh ? "合计" : "total", icc.total))
        for (i, criterion) in definition.rubric.criteria.enumerated() {
            rows.append(iccRow(zh ? criterion.label.zh : criterion.label.en, i < icc.criteria.count ? icc.criteria[i] : nil))
        }
        rows.append(["ICC", icc.reading(zh ? .zhHans : .en), "", "", "", "", "", "", "", "", ""])
        return ExportTable(header: header, rows: rows, numericColumns: [2, 3, 4, 5, 6, 7, 8, 9, 10])
    }

    /// Entrant id → (award id, label) for the first award each holds, in the plan's order.
    func awardLabels(_ definition: ContestDefinition, _ zh: Bool) throws -> [String: (id: String, label: String)] {
        var out: [String: (id: String, label: String)] = [:]
        let all = try awards.all()
        for category in definition.awards.categories {
            for a in all where a.awardId == category.id && out[a.entrantId] == nil {
                out[a.entrantId] = (category.id, zh ? category.label.zh : category.label.en)
            }
        }
        return out
    }
}
