import JuryStore

extension EffectRunner {
    func run(_ effect: PhaseEffect, actor: String) throws -> Reply {
        switch effect {
        case .load:
            return .phase(.current(try store.phase.current()))
        case .set(let id):
            try store.phase.set(id, actor: actor)
            return .phase(.set(id: id))
        }
    }
}
