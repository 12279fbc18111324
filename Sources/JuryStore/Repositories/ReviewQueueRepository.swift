import Foundation
import JuryCore

/// A review round's queue as reviewers and the chair see it: who waits, in what order, who holds
/// whom, the counts per outcome, decisions for many entrants in one step, and the chair's overview.
public struct ReviewQueueRepository {
    let store: Store

    /// Which part of a round's queue to list.
    public enum View: String, CaseIterable, Sendable {
        case pending, passed, rejected, needsInfo

        /// The stages an entrant stands at when it is in this part of the round's queue.
        public func stages(round: Int) -> [ReviewStage] {
            switch (self, round) {
            case (.pending, 1): [.registered]
            case (.passed, 1): [.round1Passed, .round2Failed, .round2Info, .finalist]
            case (.rejected, 1): [.round1Failed]
            case (.needsInfo, 1): [.round1Info]
            case (.pending, _): [.round1Passed]
            case (.passed, _): [.finalist]
            case (.rejected, _): [.round2Failed, .disqualified]
            case (.needsInfo, _): [.round2Info]
            }
        }
    }

    /// One line of a queue.
    public struct Row: Hashable, Sendable {
        public var summary: EntrantSummary
        public var registeredAt: String
        /// Who holds a live claim on the entrant in this round (nil: free).
        public var holder: String?
        public var holderUntil: String?
        /// Reviewers who decided this round (dual review: one decision waits for a second).
        public var decidedBy: [String]
        /// When the entrant's row last changed (a key for caching what is computed from it).
        public var updatedAt: String
    }

    /// The counts on a round's queue header.
    public struct Counts: Hashable, Sendable {
        public var pending = 0, passed = 0, rejected = 0, needsInfo = 0
        /// Pending entrants held by a reviewer right now.
        public var taken = 0
        /// Pending entrants two reviewers disagree on (dual review), waiting for the chair.
        public var disputed = 0

        public init() {}
    }

    /// The queue in review order: recommended by a unit first (优先进入评审环节), then registration time,
    /// then id. `search` matches as the browser does, and also the entry id and a platform's name
    /// (抖音, Douyin); digits match phone numbers only when `matchPhones` (the admin sees phones whole).
    public func rows(round: Int, view: View, search: String = "", matchPhones: Bool = false) throws -> [Row] {
        let stages = view.stages(round: round)
        var clauses = ["e.review_stage IN (\(stages.map { _ in "?" }.joined(separator: ", ")))"]
        var args: [SQLBindable?] = stages.map(\.rawValue)
        let needle = search.trimmingCharacters(in: .whitespaces).lowercased()
        if !needle.isEmpty {
            var any = ["instr(e.search_text, ?) > 0", "instr(lower(e.id), ?) > 0"]
            args += [needle, needle]
            for platform in Platform.allCases
            where platform.chineseName.lowercased().contains(needle) || platform.englishName.lowercased().contains(needle) {
                any.append("e.platforms LIKE ?")
                args.append("%,\(platform.rawValue),%")
            }
            if matchPhones && needle.allSatisfy(\.isNumber) {
                any.append("instr(e.phone, ?) > 0")
                args.append(needle)
            }
            clauses.append("(" + any.joined(separator: " OR ") + ")")
        }
        return try store.read { db in
            let now = store.nowText
            return try db.query("""
                SELECT \(EntrantRepository.summaryColumns), e.registered_at, e.updated_at,
                    (SELECT c.reviewer FROM claims c WHERE c.entrant_id = e.id AND c.round = ? AND c.expires_at > ?) AS holder,
                    (SELECT c.expires_at FROM claims c WHERE c.entrant_id = e.id AND c.round = ? AND c.expires_at > ?) AS until,
                    (SELECT group_concat(DISTINCT d.reviewer) FROM review_decisions d WHERE d.entrant_id = e.id AND d.round = ?) AS deciders
                FROM entrants e WHERE \(clauses.joined(separator: " AND "))
                ORDER BY recommended DESC, e.registered_at, e.id
                """, [round, now, round, now, round] + args).map { row in
                Row(summary: EntrantSummary(row: row), registeredAt: row.string("registered_at") ?? "",
                    holder: row.string("holder"), holderUntil: row.string("until"),
                    decidedBy: (row.string("deciders") ?? "").split(separator: ",").map(String.init),
                    updatedAt: row.string("updated_at") ?? "")
            }
        }
    }

    /// The counts for a round's header; `taken` counts pending entrants held by anyone but `reviewer`.
    public func counts(round: Int, reviewer: String = "") throws -> Counts {
        try store.read { db in
            var counts = Counts()
            var byStage: [String: Int] = [:]
            for row in try db.query("SELECT review_stage, count(*) AS n FROM entrants GROUP BY review_stage") {
                byStage[row.string("review_stage") ?? ""] = row.int("n") ?? 0
            }
            func sum(_ view: View) -> Int { view.stages(round: round).reduce(0) { $0 + (byStage[$1.rawValue] ?? 0) } }
            counts.pending = sum(.pending)
            counts.passed = sum(.passed)
            counts.rejected = sum(.rejected)
            counts.needsInfo = sum(.needsInfo)
            counts.taken = Int(try db.scalar("""
                SELECT count(*) FROM claims c JOIN entrants e ON e.id = c.entrant_id
                WHERE c.round = ? AND c.expires_at > ? AND c.reviewer <> ? AND e.review_stage = ?
                """, [round, store.nowText, reviewer, ReviewStage.waiting(forRound: round).rawValue])?.int64 ?? 0)
            counts.disputed = try Self.disputedIds(round: round, db: db).count
            return counts
        }
    }

    /// Pending entrants two reviewers decided differently with no chair decision (dual review).
    static func disputedIds(round: Int, db: Database) throws -> [String] {
        let candidates = try db.query("""
            SELECT e.id FROM entrants e WHERE e.review_stage = ?
            AND (SELECT count(DISTINCT d.reviewer) FROM review_decisions d WHERE d.entrant_id = e.id AND d.round = ?) >= 2
            ORDER BY e.id
            """, [ReviewStage.waiting(forRound: round).rawValue, round]).compactMap { $0.string("id") }
        return try candidates.filter { try ReviewRepository.disputed(entrantId: $0, round: round, db: db) }
    }

    /// Decides many entrants with one verdict and reason in one transaction with one audit entry:
    /// all are recorded or none (the first refusal names the entrant).
    @discardableResult
    public func decideAll(_ drafts: [ReviewDecisionDraft], actor: String) throws -> [DecisionResult] {
        guard let first = drafts.first else { return [] }
        return try store.write(actor: actor, action: "review.decideBatch", subject: "round\(first.round)",
                               detail: .object(["count": .int(Int64(drafts.count)), "outcome": .string(first.verdict.rawValue),
                                                "entrants": .array(drafts.map { .string($0.entrantId) })])) { ctx in
            try drafts.map { draft in
                do {
                    let (id, stage) = try ReviewRepository.record(draft, in: ctx)
                    return DecisionResult(decisionId: id, stage: stage, next: nil)
                } catch StoreError.refused(let attempt, let zh, let en) {
                    // Name the entrant that stopped the batch, so the reviewer can unmark it.
                    throw StoreError.refused(attempt: attempt, zh: "\(draft.entrantId)：\(zh)", en: "\(draft.entrantId): \(en)")
                }
            }
        }
    }
}

extension ReviewQueueRepository {
    /// A live claim, for the chair's list of entrants in hand.
    public struct Claim: Hashable, Sendable {
        public var entrantId: String
        public var name: String
        public var round: Int
        public var reviewer: String
        public var claimedAt: String
        public var expiresAt: String
    }

    /// One reviewer's count of entrants per verdict in a round (their latest decision per entrant).
    public struct Tally: Hashable, Sendable {
        public var reviewer: String
        public var round: Int
        public var verdict: ReviewVerdict
        public var count: Int
    }

    /// An entrant waiting for the chair in a round.
    public struct ChairCase: Hashable, Sendable {
        public var summary: EntrantSummary
        public var round: Int
        /// Two reviewers disagree (dual review); otherwise information was asked for.
        public var disputed: Bool
    }

    /// A recommending unit's participation: names, of them registered, and passes per round.
    public struct UnitParticipation: Hashable, Sendable {
        public var unit: String
        public var recommended: Int
        public var registered: Int
        public var passedOne: Int
        public var passedTwo: Int
    }

    /// Every live claim, oldest first (the longest held are the likeliest stuck).
    public func claims() throws -> [Claim] {
        try store.read { db in
            try db.query("""
                SELECT c.entrant_id, e.name, c.round, c.reviewer, c.claimed_at, c.expires_at
                FROM claims c JOIN entrants e ON e.id = c.entrant_id WHERE c.expires_at > ? ORDER BY c.claimed_at, c.entrant_id
                """, [store.nowText]).map { row in
                Claim(entrantId: row.string("entrant_id") ?? "", name: row.string("name") ?? "", round: row.int("round") ?? 1,
                      reviewer: row.string("reviewer") ?? "", claimedAt: row.string("claimed_at") ?? "",
                      expiresAt: row.string("expires_at") ?? "")
            }
        }
    }

    /// Per reviewer and round, how many entrants they decided each way (latest decision per entrant).
    public func tallies() throws -> [Tally] {
        try store.read { db in
            try db.query("""
                SELECT d.reviewer, d.round, d.outcome, count(*) AS n FROM review_decisions d
                WHERE d.id = (SELECT max(x.id) FROM review_decisions x
                              WHERE x.entrant_id = d.entrant_id AND x.round = d.round AND x.reviewer = d.reviewer)
                GROUP BY d.reviewer, d.round, d.outcome ORDER BY d.reviewer, d.round, d.outcome
                """).compactMap { row in
                guard let verdict = ReviewVerdict(rawValue: row.string("outcome") ?? "") else { return nil }
                return Tally(reviewer: row.string("reviewer") ?? "", round: row.int("round") ?? 1, verdict: verdict,
                             count: row.int("n") ?? 0)
            }
        }
    }

    /// Entrants the chair should settle: disagreements under dual review, then needs-information cases.
    public func chairCases() throws -> [ChairCase] {
        try store.read { db in
            var cases: [ChairCase] = []
            for round in [1, 2] {
                for id in try Self.disputedIds(round: round, db: db) {
                    if let summary = try store.entrants.summary(id: id) { cases.append(ChairCase(summary: summary, round: round, disputed: true)) }
                }
            }
            for (round, stage) in [(1, ReviewStage.round1Info), (2, .round2Info)] {
                let rows = try db.query("""
                    SELECT \(EntrantRepository.summaryColumns) FROM entrants e WHERE e.review_stage = ? ORDER BY e.id
                    """, [stage.rawValue])
                cases += rows.map { ChairCase(summary: EntrantSummary(row: $0), round: round, disputed: false) }
            }
            return cases
        }
    }

    /// Each recommending unit's names, how many registered, and how many of those passed each round.
    public func units() throws -> [UnitParticipation] {
        try store.read { db in
            try db.query("""
                SELECT r.unit, count(*) AS n, count(e.id) AS registered,
                    coalesce(sum(e.review_stage IN ('round1_passed', 'round2_failed', 'round2_info', 'finalist')), 0) AS one,
                    coalesce(sum(e.review_stage = 'finalist'), 0) AS two
                FROM recommendations r LEFT JOIN entrants e ON e.id = r.matched_entrant_id
                GROUP BY r.unit ORDER BY r.unit
                """).map { row in
                UnitParticipation(unit: row.string("unit") ?? "", recommended: row.int("n") ?? 0,
                                  registered: row.int("registered") ?? 0, passedOne: row.int("one") ?? 0,
                                  passedTwo: row.int("two") ?? 0)
            }
        }
    }

    /// The units' recommendation rows matched to an entrant, by unit and 序号.
    public func recommendations(entrantId: String) throws -> [Recommendation] {
        try store.read { db in
            try db.query("SELECT * FROM recommendations WHERE matched_entrant_id = ? ORDER BY unit, seq", [entrantId]).map { row in
                Recommendation(unit: row.string("unit") ?? "", sequence: row.int("seq") ?? 0, name: row.string("name") ?? "",
                               employer: row.string("employer") ?? "", platform: row.string("platform").flatMap(Platform.init(rawValue:)),
                               nickname: row.string("nickname") ?? "", phone: row.string("phone") ?? "", note: row.string("note") ?? "")
            }
        }
    }

    /// Gives back `entrantId` and takes the next free entrant of the round other than it — one transaction.
    public func skip(entrantId: String, round: Int, reviewer: String, ttl: TimeInterval = ClaimRepository.defaultTTL) throws -> String? {
        try store.write(actor: reviewer, action: "claim.skip", subject: entrantId, detail: .object(["round": .int(Int64(round))])) { ctx in
            try ctx.require(.claimEntrants)
            try ctx.db.run("DELETE FROM claims WHERE entrant_id = ? AND round = ? AND reviewer = ?", [entrantId, round, reviewer])
            return try ClaimRepository.claimNext(round: round, reviewer: reviewer, ttl: ttl, excluding: entrantId, in: ctx)
        }
    }
}

extension Store {
    /// Review queues, batches and the chair's overview of reviewing.
    public var reviewQueue: ReviewQueueRepository { ReviewQueueRepository(store: self) }
}
