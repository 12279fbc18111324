/// Store work for the chair's desk: ranking, matrix, awards (one case per use case; the runner is EffectRunner+Chair.swift).
public enum ChairEffect: Sendable, Equatable {
    var isWrite: Bool { switch self {} }
}

/// The answers to `ChairEffect`s.
public enum ChairReply: Sendable {}
