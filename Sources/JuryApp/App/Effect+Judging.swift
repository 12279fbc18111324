import JuryStore

/// Store work for judging: score sheets, conflicts (one case per use case; the runner is EffectRunner+Judging.swift).
/// Every case reads or writes as the signed-in judge only.
public enum JudgingEffect: Sendable, Equatable {
    /// The finalists with the judge's own status.
    case queue
    /// The judge's own sheet for a finalist (scores, comments, the chair's reopening reason, conflict).
    case sheet(entrantId: String)
    /// A draft save (or the submission) of what the form holds: values typed, fields emptied, comments.
    case save(entrantId: String, tenths: [String: Int], cleared: [String], comments: [String: String], submit: Bool)
    /// The finalist's dossier beside the form (answered as `EntrantsReply.dossier`).
    case dossier(entrantId: String)
    /// The judge declares a conflict of interest (回避) with a reason.
    case declareConflict(entrantId: String, note: String)

    var isWrite: Bool {
        switch self {
        case .queue, .sheet, .dossier: false
        case .save, .declareConflict: true
        }
    }
}

/// The answers to `JudgingEffect`s.
public enum JudgingReply: Sendable {
    case queue([JudgeQueueRow])
    case sheet(JudgeSheet)
    /// The save went through; `saved` is what was sent, so the form knows which edits are stored.
    case saved(entrantId: String, submitted: Bool, saved: [String: Int], cleared: [String], comments: [String: String])
    case conflictDeclared(entrantId: String)
}
