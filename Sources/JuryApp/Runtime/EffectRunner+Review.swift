import Foundation
import JuryCore
import JuryStore

extension EffectRunner {
    func run(_ effect: ReviewEffect, actor: String) throws -> Reply {
        switch effect {
        case .queue(let round, let view, let search):
            return .review(.queue(try loadQueue(round: round, view: view, search: search, reader: actor)))
        case .claim(let id, let round):
            let ttl = claimTTL(round: round)
            let outcome = try store.claims.claim(entrantId: id, round: round, reviewer: actor, ttl: ttl)
            guard let summary = try store.entrants.summary(id: id) else {
                throw StoreError.notFound(path: store.path, what: "entrant", key: id)
            }
            return .review(.claimed(summary, round: round, outcome))
        case .skip(let id, let round):
            let next = try store.reviewQueue.skip(entrantId: id, round: round, reviewer: actor, ttl: claimTTL(round: round))
            return .review(.next(try next.flatMap { try store.entrants.summary(id: $0) }, round: round))
        case .release(let id, let round, let holder):
            try store.claims.release(entrantId: id, round: round, reviewer: holder, actor: actor)
            return .review(.released(entrantId: id))
        case .decide(let draft, let claimNext):
            let result = try store.reviews.decide(draft, actor: actor, claimNext: claimNext, ttl: claimTTL(round: draft.round))
            return .review(.decided(result, next: try result.next.flatMap { try store.entrants.summary(id: $0) }))
        case .decideAll(let drafts):
            return .review(.decidedAll(count: try store.reviewQueue.decideAll(drafts, actor: actor).count))
        case .homeCounts:
            return .review(.homeCounts(try store.read { _ in
                [1: try store.reviewQueue.counts(round: 1, reviewer: actor), 2: try store.reviewQueue.counts(round: 2, reviewer: actor)]
            }))
        case .overview:
            return .review(.overview(try store.read { _ in
                ReviewOverview(counts: [1: try store.reviewQueue.counts(round: 1), 2: try store.reviewQueue.counts(round: 2)],
                               tallies: try store.reviewQueue.tallies(), cases: try store.reviewQueue.chairCases(),
                               claims: try store.reviewQueue.claims(), units: try store.reviewQueue.units())
            }))
        case .picture(let stored, let width, let height):
            let path = ExternalViewer.resolve(stored, baseFolder: try baseFolder())
            return .review(.picture(pictures.picture(path: path, stored: stored, width: width, height: height)))
        }
    }

    /// How long opening an entrant keeps it: the round's setting in the contest definition.
    func claimTTL(round: Int) -> TimeInterval {
        TimeInterval((round == 2 ? definition.roundTwo : definition.roundOne).claimMinutes * 60)
    }

    /// The queue, its counts and each row's automatic checks, in one read so they agree.
    func loadQueue(round: Int, view: ReviewQueueRepository.View, search: String, reader: String) throws -> ReviewQueuePage {
        try store.read { _ in
            let admin = try store.users.user(named: reader)?.role == .admin
            let rows = try store.reviewQueue.rows(round: round, view: view, search: search, matchPhones: admin)
            let now = store.clock()
            // A refresh follows every commit of another session: only rows that changed are evaluated again.
            let page = try rows.map { row -> ReviewQueuePage.Row in
                let key = "\(round)|\(row.summary.id)|\(row.updatedAt)"
                if let known = queueChecks.value(for: key) { return ReviewQueuePage.Row(queue: row, checks: known) }
                let results = try store.entrants.entrant(id: row.summary.id).map {
                    round == 2 ? RoundTwoChecks.evaluate($0, definition: definition, asOf: now)
                               : RoundOneChecks.evaluate($0, definition: definition, asOf: now)
                } ?? []
                let checks = ReviewQueuePage.Checks.of(results.filter { definition.check($0.id)?.kind != .manual })
                queueChecks.store(checks, for: key)
                return ReviewQueuePage.Row(queue: row, checks: checks)
            }
            return ReviewQueuePage(round: round, view: view, search: search, rows: page,
                                   counts: try store.reviewQueue.counts(round: round, reviewer: reader))
        }
    }
}
