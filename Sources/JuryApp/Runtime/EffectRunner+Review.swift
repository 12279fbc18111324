import JuryStore

extension EffectRunner {
    func run(_ effect: ReviewEffect, actor: String) throws -> Reply {
        switch effect {}
    }
}
