import JuryStore

extension EffectRunner {
    func run(_ effect: ChairEffect, actor: String) throws -> Reply {
        switch effect {}
    }
}
