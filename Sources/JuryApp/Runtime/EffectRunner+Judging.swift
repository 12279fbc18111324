import JuryStore

extension EffectRunner {
    func run(_ effect: JudgingEffect, actor: String) throws -> Reply {
        switch effect {
        case .queue:
            return .judging(.queue(try store.judging.queue(judge: actor)))
        case .sheet(let entrantId):
            return .judging(.sheet(try store.judging.sheet(judge: actor, entrantId: entrantId)))
        case .save(let entrantId, let tenths, let cleared, let comments, let submit):
            try store.scores.save(judge: actor, entrantId: entrantId, tenths: tenths, comments: comments,
                                  cleared: Set(cleared), submit: submit)
            return .judging(.saved(entrantId: entrantId, submitted: submit, saved: tenths, cleared: cleared, comments: comments))
        case .dossier(let entrantId):
            guard let summary = try store.entrants.summary(id: entrantId) else {
                throw StoreError.notFound(path: store.path, what: "entrant", key: entrantId)
            }
            return .entrants(.dossier(try loadDetail(summary)))
        case .declareConflict(let entrantId, let note):
            try store.conflicts.declare(judge: actor, entrantId: entrantId, kind: .other, note: note, actor: actor)
            return .judging(.conflictDeclared(entrantId: entrantId))
        }
    }
}
