/// Store work for judging: score sheets, conflicts (one case per use case; the runner is EffectRunner+Judging.swift).
public enum JudgingEffect: Sendable, Equatable {
    var isWrite: Bool { switch self {} }
}

/// The answers to `JudgingEffect`s.
public enum JudgingReply: Sendable {}
