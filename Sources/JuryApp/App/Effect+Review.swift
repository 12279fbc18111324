/// Store work for reviewing: queues, claims, decisions (one case per use case; the runner is EffectRunner+Review.swift).
public enum ReviewEffect: Sendable, Equatable {
    var isWrite: Bool { switch self {} }
}

/// The answers to `ReviewEffect`s.
public enum ReviewReply: Sendable {}
