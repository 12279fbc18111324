import Foundation
import JuryCore
import JuryStore

extension EffectRunner {
    func run(_ effect: EntrantsEffect) throws -> Reply {
        switch effect {
        case .progress:
            // The CHECK on review_stage means every entrant has one of the stages, so they sum to the total.
            let byStage = try store.entrants.countsByStage()
            return .entrants(.progress(StageCounts(total: byStage.values.reduce(0, +), byStage: byStage)))
        case .page(let request):
            return .entrants(.page(try loadPage(request)))
        case .count(let request):
            let total = try store.entrants.count(EntrantQuery(search: request.search, stage: request.stage))
            return .entrants(.count(EntrantCount(generation: request.generation, total: total)))
        case .dossier(let summary):
            return .entrants(.dossier(try loadDetail(summary)))
        }
    }

    /// Count, position of the kept entrant and window in one read, so they agree; reversed sorts read from the end.
    func loadPage(_ request: EntrantPageRequest) throws -> EntrantPage {
        try store.read { _ in
            var query = EntrantQuery(search: request.search, stage: request.stage, sort: request.sort.key)
            if request.windowFirst {
                // A keystroke in the filter: the window only. A short window is the whole answer; a
                // full one leaves the count (a scan of every row) to a pause in typing.
                query.limit = request.limit
                let rows = request.limit > 0 ? try store.entrants.page(query) : []
                return EntrantPage(generation: request.generation, total: rows.count, start: 0, rows: rows,
                                   keepId: nil, keptAt: nil, exact: rows.count < request.limit)
            }
            let total = try store.entrants.count(query)
            var request = request
            var keptAt: Int?
            if let id = request.keepId, let position = try store.entrants.position(of: id, in: query) {
                let index = request.displayIndex(ofStoreIndex: position, total: total)
                keptAt = index
                request = request.holding(index, total: total, margin: EntrantBrowserScreen.margin)
            }
            let range = request.storeRange(total: total)
            query.offset = range.offset
            query.limit = range.limit
            var rows = range.limit > 0 ? try store.entrants.page(query) : []
            if request.sort.isReversed { rows.reverse() }
            let start = request.sort.isReversed ? total - range.offset - rows.count : range.offset
            return EntrantPage(generation: request.generation, total: total, start: max(0, start), rows: rows,
                               keepId: request.keepId, keptAt: keptAt)
        }
    }

    func loadDetail(_ summary: EntrantSummary) throws -> EntrantDetail {
        // One read transaction (reads nest), so the entrant, its vote and its stage agree.
        try store.read { _ in
            let entrant = try store.entrants.entrant(id: summary.id)
            let vote = try store.votes.latest(entrantId: summary.id)
            let now = store.clock()
            // The browser row may be stale by now; take the stage and recommendation from the file.
            let fresh = try store.entrants.summary(id: summary.id) ?? summary
            var detail = EntrantDetail(summary: fresh, entrant: entrant, latestVote: vote,
                                       roundOne: entrant.map { RoundOneChecks.evaluate($0, definition: definition, asOf: now) } ?? [],
                                       roundTwo: entrant.map { RoundTwoChecks.evaluate($0, definition: definition, asOf: now) } ?? [])
            detail.history = try store.reviews.history(entrantId: summary.id)
            detail.recommendations = try store.reviewQueue.recommendations(entrantId: summary.id)
            detail.votes = try store.votes.history(entrantId: summary.id).map(\.votes)
            if let file = entrant?.entryVideo?.file, !file.isEmpty {
                detail.video = videoProbe.facts(path: ExternalViewer.resolve(file, baseFolder: try baseFolder()))
            }
            return detail
        }
    }
}
