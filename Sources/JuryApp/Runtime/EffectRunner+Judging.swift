import JuryStore

extension EffectRunner {
    func run(_ effect: JudgingEffect, actor: String) throws -> Reply {
        switch effect {}
    }
}
