import Foundation
import JuryCore
import JuryStore

extension EffectRunner {
    func run(_ effect: ChairEffect, actor: String) throws -> Reply {
        switch effect {
        case .ranking(let request):
            return .chair(.ranking(try rankingPage(request)))
        case .breakdown(let id, let methodIndex):
            return .chair(.breakdown(try breakdown(id, methodIndex: methodIndex, reader: actor)))
        case .reliability(let methodIndex):
            return .chair(.reliability(try reliability(methodIndex: methodIndex)))
        case .matrix(let request):
            return .chair(.matrix(try matrixPage(request)))
        case .allocate(let methodIndex):
            let (snapshot, ranking, _) = try chairRanking(methodIndex)
            let candidates = ranking.awardCandidates(followers: snapshot.followers)
            let allocation = AwardAllocator.allocate(candidates, plan: definition.awards)
            try store.awards.allocate(allocation, method: ranking.method.description, actor: actor)
            let winners = allocation.awards.reduce(0) { $0 + $1.entrantIds.count }
            let shortfall = allocation.awards.reduce(0) { $0 + $1.shortfall }
            return .chair(.allocated(winners: winners, shortfall: shortfall, incomplete: ranking.incompleteFinalists.count))
        case .replace(let awardId, let winner, let replacement, let reason):
            try store.awards.replace(awardId: awardId, winner: winner, with: replacement, reason: reason, actor: actor)
            return .chair(.replaced(winner: winner, replacement: replacement))
        case .lock:
            return .chair(.locked(try store.results.lock(actor: actor)))
        case .unlock(let reason):
            try store.results.unlock(reason: reason, actor: actor)
            return .chair(.unlocked)
        case .remind(let judge, let text):
            try store.reminders.leave(judge: judge, text: text, actor: actor)
            return .chair(.reminded(judge: judge))
        case .takeReminders(let judge):
            let unseen = try store.reminders.unseen(judge: judge)
            guard let last = unseen.last else { return .chair(.reminders([])) }
            try store.reminders.markSeen(upTo: last.id, judge: judge)
            return .chair(.reminders(unseen.map { "\($0.createdBy)：\($0.text)" }))
        }
    }

    /// The snapshot, the ranking by one method and the stored awards; recomputed only when the file changed.
    func chairRanking(_ methodIndex: Int) throws -> (JudgingSnapshot, Ranking, [String: String]) {
        let cache = chairCache
        let counter = try store.results.changeCounter()
        if cache.counter != counter || cache.snapshot == nil {
            // Only the sheets saved since the last look are read again when who and what is judged is unchanged.
            let snapshot = try store.results.snapshot(rubric: definition.rubric, updating: cache.snapshot)
            var awards: [String: String] = [:]
            // The first award an entrant holds, in the plan's order.
            let order = Dictionary(definition.awards.categories.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
            for a in try store.awards.all().sorted(by: { (order[$0.awardId] ?? .max) < (order[$1.awardId] ?? .max) }) where awards[a.entrantId] == nil {
                awards[a.entrantId] = a.awardId
            }
            cache.snapshot = snapshot
            cache.awards = awards
            cache.rankings = [:]
            cache.orderKey = nil
            cache.counter = counter
        }
        guard let snapshot = cache.snapshot else { throw StoreError.notFound(path: store.path, what: "ranking", key: "") }
        let methods = RankingMethod.choices(for: definition.voting)
        let index = min(max(methodIndex, 0), methods.count - 1)
        if let ranking = cache.rankings[index] { return (snapshot, ranking, cache.awards) }
        let ranking = Ranking(table: snapshot.table, votes: snapshot.votes, expectedJudges: snapshot.expectedJudges,
                              policy: definition.voting, method: methods[index])
        cache.rankings[index] = ranking
        return (snapshot, ranking, cache.awards)
    }

    func rankingLine(_ row: Ranking.Row, _ snapshot: JudgingSnapshot, awards: [String: String]) -> RankingLine {
        let f = snapshot.finalists[row.entrant]
        return RankingLine(id: row.id, name: f.name, employer: f.employer, city: f.city, rank: row.rank, tied: row.isTied,
                           dimensions: row.dimensionPoints, jury: row.juryPoints, votes: row.votes, votePoints: row.votePoints,
                           combined: row.combined, submitted: row.judgesSubmitted, expected: row.judgesExpected,
                           sd: row.disagreement?.sd, range: row.disagreement?.range, award: awards[row.id] ?? "",
                           outliers: row.outliers.map(\.judgeId))
    }

    /// Display order for a request: filtered, then sorted by the column with the ranking's own
    /// order as the tie-break (so equal values keep rank order); cached per question.
    func rankingOrder(_ request: RankingRequest, _ snapshot: JudgingSnapshot, _ ranking: Ranking, awards: [String: String]) -> [Int] {
        let key = "\(request.methodIndex)|\(request.sort.rawValue)|\(request.ascending)|\(request.filter)"
        if chairCache.orderKey == key { return chairCache.order }
        let rows = ranking.rows
        let needle = request.filter.trimmingCharacters(in: .whitespaces).lowercased()
        var indexes = Array(rows.indices)
        if !needle.isEmpty {
            indexes = indexes.filter { i in
                let f = snapshot.finalists[rows[i].entrant]
                return [f.id, f.name, f.employer, f.city].contains { $0.lowercased().contains(needle) }
            }
        }
        let unscored = -Double.infinity
        func number(_ i: Int) -> Double {
            let r = rows[i]
            switch request.sort {
            case .rank: return r.rank.map(Double.init) ?? .infinity
            case .account, .work, .bonus:
                let d = request.sort.rawValue - RankingColumn.account.rawValue
                return d < r.dimensionPoints.count ? Double(ScoreRounding.tenths(r.dimensionPoints[d])) : unscored
            case .jury: return r.juryPoints.map { Double(ScoreRounding.tenths($0)) } ?? unscored
            case .votes: return Double(r.votes)
            case .votePoints: return Double(ScoreRounding.tenths(r.votePoints))
            case .combined: return r.combined.map { Double(ScoreRounding.tenths($0)) } ?? unscored
            case .judges: return Double(r.judgesSubmitted) - Double(r.judgesExpected) / 1000
            case .sd: return r.disagreement.map { Double(ScoreRounding.tenths($0.sd)) } ?? unscored
            case .range: return r.disagreement.map { Double(ScoreRounding.tenths($0.range)) } ?? unscored
            default: return 0
            }
        }
        func text(_ i: Int) -> String {
            let f = snapshot.finalists[rows[i].entrant]
            switch request.sort {
            case .name: return f.name
            case .employer: return f.employer
            case .city: return f.city
            case .award:
                // Winners first, in the plan's order.
                let id = awards[rows[i].id]
                let position = id.flatMap { a in definition.awards.categories.firstIndex { $0.id == a } } ?? 99
                return String(format: "%02d", position)
            default: return ""
            }
        }
        let textual: Set<RankingColumn> = [.name, .employer, .city, .award]
        if request.sort == .rank {
            if !request.ascending { indexes.reverse() }
        } else if textual.contains(request.sort) {
            let keys = Dictionary(uniqueKeysWithValues: indexes.map { ($0, text($0)) })
            indexes.sort { a, b in
                let x = keys[a] ?? "", y = keys[b] ?? ""
                if x != y { return request.ascending ? x < y : x > y }
                return a < b
            }
        } else {
            let keys = Dictionary(uniqueKeysWithValues: indexes.map { ($0, number($0)) })
            indexes.sort { a, b in
                let x = keys[a] ?? 0, y = keys[b] ?? 0
                if x != y { return request.ascending ? x < y : x > y }
                return a < b
            }
        }
        chairCache.orderKey = key
        chairCache.order = indexes
        return indexes
    }

    func rankingPage(_ request: RankingRequest) throws -> RankingPage {
        let (snapshot, ranking, awards) = try chairRanking(request.methodIndex)
        let order = rankingOrder(request, snapshot, ranking, awards: awards)
        let total = order.count
        var start = max(0, min(request.start, max(0, total - request.limit)))
        var keptAt: Int?
        if let id = request.keepId, let at = order.firstIndex(where: { ranking.rows[$0].id == id }) {
            keptAt = at
            if at < start + 5 || at >= start + request.limit - 5 { start = max(0, min(at - request.limit / 2, total - request.limit)) }
        }
        let end = min(total, start + request.limit)
        let lines = start < end ? order[start..<end].map { rankingLine(ranking.rows[$0], snapshot, awards: awards) } : []
        return RankingPage(generation: request.generation, total: total, start: start, rows: lines, keepId: request.keepId,
                           keptAt: keptAt, finalists: ranking.rows.count,
                           complete: ranking.rows.count - ranking.incompleteFinalists.count, judges: snapshot.judges.count,
                           awards: awards.count, locked: try store.results.isLocked(),
                           methodIndex: request.methodIndex)
    }

    func breakdown(_ entrantId: String, methodIndex: Int, reader: String) throws -> ChairBreakdown {
        let (snapshot, ranking, awards) = try chairRanking(methodIndex)
        let sheets = try store.scores.sheets(entrantId: entrantId, reader: reader)
        let criteria = definition.rubric.criteria.map(\.id)
        let row = ranking.row(of: entrantId)
        let e = snapshot.index(of: entrantId)
        var names = snapshot.judges
        for s in sheets where !names.contains(s.judge) { names.append(s.judge) }
        let judges: [ChairBreakdown.Judge] = names.enumerated().map { j, name in
            let sheet = sheets.first { $0.judge == name }
            var status: ChairBreakdown.Status = sheet.map { $0.status == .submitted ? .submitted : .draft } ?? .missing
            if let e, j < snapshot.judges.count, snapshot.cell(finalist: e, judge: j) == .conflict { status = .conflict }
            let tenths = criteria.map { sheet?.tenths[$0] }
            let total = tenths.contains(where: { $0 == nil }) ? nil : tenths.reduce(0) { $0 + ($1 ?? 0) }
            let deviation = row?.outliers.first { $0.judgeId == name }?.deviations
            return .init(name: name, status: status, tenths: tenths, total: total, deviations: deviation)
        }
        return ChairBreakdown(entrantId: entrantId, name: e.map { snapshot.finalists[$0].name } ?? entrantId,
                              line: row.map { rankingLine($0, snapshot, awards: awards) }, judges: judges)
    }

    func reliability(methodIndex: Int) throws -> ChairReliability {
        let (snapshot, ranking, _) = try chairRanking(methodIndex)
        let icc = InterRaterReliability(table: snapshot.table)
        let trends = VoteTrends(snapshots: try store.results.finalistVoteSnapshots(), entrantIds: snapshot.finalists.map(\.id))
        var votes = trends.trends.enumerated().map { e, t in
            ChairReliability.VoteLine(id: t.id, name: snapshot.finalists[e].name, counts: t.counts, spikes: t.spikes.count,
                                      biggestSpike: t.spikes.map(\.increment).max())
        }
        votes.sort { ($0.spikes > 0 ? 0 : 1, $0.id) < ($1.spikes > 0 ? 0 : 1, $1.id) }
        return ChairReliability(
            judges: ranking.judges.map { .init(name: $0.id, scored: $0.scored, mean: $0.mean, sd: $0.sd, leniency: $0.leniency,
                                               outliers: $0.outlierCount) },
            poolMean: ranking.poolMean, total: icc.total, excluded: icc.entrantsExcluded, criteria: icc.criteria, votes: votes)
    }

    func matrixPage(_ request: MatrixRequest) throws -> MatrixPage {
        let (snapshot, _, _) = try chairRanking(0)
        let J = snapshot.judges.count, E = snapshot.finalists.count
        var totals = [[Int]](repeating: [0, 0, 0, 0], count: J)
        for e in 0..<E {
            for j in 0..<J {
                switch snapshot.cell(finalist: e, judge: j) {
                case .submitted: totals[j][0] += 1
                case .draft: totals[j][1] += 1
                case .conflict: totals[j][2] += 1
                case .missing: totals[j][3] += 1
                }
            }
        }
        let reminders = try store.reminders.unseenCounts()
        let start = max(0, min(request.start, max(0, E - request.limit)))
        let end = min(E, start + request.limit)
        let rows = (start..<end).map { e in
            (id: snapshot.finalists[e].id, name: snapshot.finalists[e].name,
             cells: (0..<J).map { snapshot.cell(finalist: e, judge: $0) })
        }
        return MatrixPage(generation: request.generation, judges: snapshot.judges, judgeTotals: totals,
                          reminders: snapshot.judges.map { reminders[$0] ?? 0 }, total: E, start: start, rows: rows)
    }
}
