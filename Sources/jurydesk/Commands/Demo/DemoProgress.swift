import Foundation
import JuryCore
import JuryStore

/// How far `jurydesk demo --phase …` carries the sample contest, so every screen has something true to
/// show: the review part-way, judging mostly done, or the awards allocated.
///
/// Everything goes through the store's own use cases as the people who would do it (reviewers decide,
/// judges score, the chair allocates), so the rules and the audit chain hold as in a real contest.
/// Deterministic: the same sample gives the same file.
enum DemoProgress: String, CaseIterable {
    case review, judging, awards

    /// The reviewers, judges and chair of the sample's users.csv, by role.
    struct Cast {
        var reviewers: [String]
        var judges: [(name: String, unit: String)]
        var chair: String

        init(_ users: [UserAccount]) {
            let active = users.filter(\.active)
            reviewers = active.filter { $0.role == .reviewer }.map(\.name)
            judges = active.filter { $0.role == .judge }.map { ($0.name, $0.unit) }
            chair = active.first { $0.role == .chair }?.name ?? ""
        }
    }

    func apply(to store: Store) throws {
        let cast = Cast(try store.users.list())
        let definition = try store.contestDefinition()
        let ids = try store.entrants.page(EntrantQuery(limit: 1_000_000)).map(\.id)
        var entrants: [Entrant] = []
        for id in ids { if let e = try store.entrants.entrant(id: id) { entrants.append(e) } }
        switch self {
        case .review:
            try Self.review(entrants, share: 0.6, roundTwoShare: 0.4, store, definition, cast)
            try Self.leaveOneClaim(store, cast)
        case .judging:
            try Self.review(entrants, share: 1, roundTwoShare: 1, store, definition, cast)
            try Self.judge(store, definition, cast, complete: false)
        case .awards:
            try Self.review(entrants, share: 1, roundTwoShare: 1, store, definition, cast)
            try Self.judge(store, definition, cast, complete: true)
            try Self.allocate(store, definition, cast)
        }
    }

    // MARK: Review

    /// Decides round one for the first `share` of the queue, then round two for `roundTwoShare` of
    /// the round-one passes — passes, rejections with reasons, waivers for the near-misses on
    /// followers, one request for information and one disqualification for plagiarism.
    static func review(_ entrants: [Entrant], share: Double, roundTwoShare: Double, _ store: Store,
                       _ definition: ContestDefinition, _ cast: Cast) throws {
        guard !cast.reviewers.isEmpty else { return }
        let now = store.clock()
        let roundOne = Array(entrants.prefix(Int((Double(entrants.count) * share).rounded())))
        var drafts: [[ReviewDecisionDraft]] = Array(repeating: [], count: cast.reviewers.count)
        var askedForInfo = false
        for (i, entrant) in roundOne.enumerated() {
            let results = RoundOneChecks.evaluate(entrant, definition: definition, asOf: now)
            var draft = decision(round: 1, entrant: entrant, results: results, index: i)
            if !askedForInfo && draft.verdict == .pass && i % 7 == 3 {
                draft = ReviewDecisionDraft(round: 1, entrantId: entrant.id, verdict: .needsInfo, note: "请补充账号主页截图（粉丝数不清晰）")
                askedForInfo = true
            }
            drafts[i % drafts.count].append(draft)
        }
        try record(drafts, store, cast)

        let passed = try store.entrants.page(EntrantQuery(stage: .round1Passed, limit: 1_000_000)).map(\.id)
        let byId = Dictionary(entrants.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let roundTwo = passed.prefix(Int((Double(passed.count) * roundTwoShare).rounded())).compactMap { byId[$0] }
        drafts = Array(repeating: [], count: cast.reviewers.count)
        for (i, entrant) in roundTwo.enumerated() {
            let results = RoundTwoChecks.evaluate(entrant, definition: definition, asOf: now)
            var draft = decision(round: 2, entrant: entrant, results: results, index: i)
            if i == 5 && draft.verdict == .pass {
                draft = ReviewDecisionDraft(round: 2, entrantId: entrant.id, verdict: .disqualify,
                                            note: "参评视频与他人已发布作品雷同，涉嫌抄袭，取消参赛资格")
            }
            drafts[i % drafts.count].append(draft)
        }
        try record(drafts, store, cast)
    }

    /// The decision a careful reviewer would take from the checks: manual checks answered yes, a
    /// waivable failure waived with a written reason every third time, anything else failing rejected.
    static func decision(round: Int, entrant: Entrant, results: [CheckResult], index: Int) -> ReviewDecisionDraft {
        let manual = results.filter { $0.outcome == .needsReview }.map { ManualVerdict(checkId: $0.id, passed: true) }
        let failed = results.filter { $0.outcome == .fail }
        if failed.isEmpty {
            return ReviewDecisionDraft(round: round, entrantId: entrant.id, verdict: .pass, verdicts: manual)
        }
        if failed.allSatisfy(\.waivable) && index % 3 == 0 {
            let waivers = failed.map { Waiver(checkId: $0.id, reason: "粉丝不足一万但有特别有代表性作品（单条播放量超过百万）") }
            return ReviewDecisionDraft(round: round, entrantId: entrant.id, verdict: .pass, waivers: waivers, verdicts: manual)
        }
        let why = failed.map { "\($0.label.zh)：\($0.reason.zh)" }.joined(separator: "；")
        return ReviewDecisionDraft(round: round, entrantId: entrant.id, verdict: .fail, verdicts: manual, note: why)
    }

    /// One write per reviewer, each decision applied by the store's own rules.
    static func record(_ drafts: [[ReviewDecisionDraft]], _ store: Store, _ cast: Cast) throws {
        for (reviewer, list) in zip(cast.reviewers, drafts) where !list.isEmpty {
            try store.write(actor: reviewer, action: "review.decide", subject: "demo: \(list.count)") { ctx in
                for draft in list { _ = try ReviewRepository.record(draft, in: ctx) }
            }
        }
    }

    /// A live claim: the second reviewer has the next entrant of round one open.
    static func leaveOneClaim(_ store: Store, _ cast: Cast) throws {
        guard let reviewer = cast.reviewers.last else { return }
        _ = try store.claims.claimNext(round: 1, reviewer: reviewer)
    }

    // MARK: Judging

    /// Judges of different leniency score every finalist: one clearly severe, one clearly lenient,
    /// one erratic; the rest close to each finalist's own quality. With `complete` every sheet is
    /// submitted; otherwise some stay drafts and the last judge is behind. A judge whose unit is a
    /// finalist's employer declares the conflict instead of scoring.
    static func judge(_ store: Store, _ definition: ContestDefinition, _ cast: Cast, complete: Bool) throws {
        let finalists = try store.entrants.page(EntrantQuery(stage: .finalist, limit: 1_000_000))
        let criteria = definition.rubric.criteria
        for (j, judge) in cast.judges.enumerated() {
            let bias: Double = j == 0 ? -0.14 : j == 1 ? 0.10 : 0
            let spread: Double = j == 2 ? 0.22 : 0.05
            let behind = !complete && j == cast.judges.count - 1
            try store.write(actor: judge.name, action: "score.save", subject: "demo: \(finalists.count)") { ctx in
                for (f, finalist) in finalists.enumerated() {
                    if behind && f % 10 >= 6 { continue }
                    if !judge.unit.isEmpty && finalist.employer == judge.unit { continue }
                    if j == cast.judges.count - 1 && f == 0 { continue }
                    let quality = 0.45 + 0.5 * unit(finalist.id, 0)
                    var tenths: [String: Int] = [:]
                    for (c, criterion) in criteria.enumerated() {
                        let noise = (unit(finalist.id + judge.name, c + 1) - 0.5) * 2 * spread
                        let share = min(1, max(0, quality + bias + noise))
                        let step = max(1, criterion.step.rawValue)
                        tenths[criterion.id] = Int((Double(criterion.max.rawValue) * share / Double(step)).rounded()) * step
                    }
                    let draft = !complete && (f + j) % 17 == 0
                    try ScoreRepository.save(entrantId: finalist.id, tenths: tenths, submit: !draft, in: ctx)
                }
            }
        }
        // A judge from a finalist's own employer stands aside, and the last judge knows the first
        // finalist personally (回避): both are declared, so those sheets are not expected.
        for judge in cast.judges where !judge.unit.isEmpty {
            for finalist in finalists where finalist.employer == judge.unit {
                try store.conflicts.declare(judge: judge.name, entrantId: finalist.id, kind: .sameEmployer,
                                            note: "评委所在单位与参赛者工作单位相同", actor: cast.chair)
            }
        }
        if let judge = cast.judges.last, let finalist = finalists.first {
            try store.conflicts.declare(judge: judge.name, entrantId: finalist.id, kind: .colleague,
                                        note: "与该创作者同属一个职工创作者协会，申请回避", actor: cast.chair)
        }
    }

    // MARK: Awards

    /// Ranks the finalists by the contest's own method and allocates every award as the chair.
    static func allocate(_ store: Store, _ definition: ContestDefinition, _ cast: Cast) throws {
        let finalists = try store.entrants.page(EntrantQuery(stage: .finalist, limit: 1_000_000))
        let ids = finalists.map(\.id)
        let sheets = try store.scores.submittedSheets().map {
            ScoreSheet(judgeId: $0.judge, entrantId: $0.entrantId, scores: $0.tenths.mapValues { Tenths($0) }, status: .submitted)
        }
        var conflicts = Set<JudgeEntrant>()
        for judge in cast.judges {
            for id in try store.conflicts.entrants(conflictedFor: judge.name) { conflicts.insert(JudgeEntrant(judgeId: judge.name, entrantId: id)) }
        }
        let table = ScoreTable(rubric: definition.rubric, sheets: sheets, conflicts: conflicts, entrantIds: ids)
        let latest = try store.votes.latest()
        // Every judge is expected on every finalist except where they stand aside.
        let expected = ids.map { id in cast.judges.filter { !conflicts.contains(JudgeEntrant(judgeId: $0.name, entrantId: id)) }.count }
        var ranking = Ranking(table: table, votes: ids.map { latest[$0] ?? 0 }, expectedJudges: expected, policy: definition.voting)
        let followers = Dictionary(finalists.map { ($0.id, $0.totalFollowers) }, uniquingKeysWith: { first, _ in first })
        let allocation = ranking.allocateAwards(plan: definition.awards, followers: followers)
        try store.awards.allocate(allocation, actor: cast.chair)
    }

    /// A number in [0, 1) from a text and a salt: the same inputs always give the same "random" value.
    static func unit(_ text: String, _ salt: Int) -> Double {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 &+ UInt64(salt) &* 0x9E37_79B9_7F4A_7C15
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        var mix = SplitMix64(seed: hash)
        return Double(mix.next() >> 11) / Double(1 << 53)
    }
}
