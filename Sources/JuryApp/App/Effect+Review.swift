import JuryCore
import JuryStore

/// Store work for reviewing: queues, claims, decisions (one case per use case; the runner is EffectRunner+Review.swift).
public enum ReviewEffect: Sendable, Equatable {
    /// A round's queue (one view of it, filtered) with its counts and each row's automatic checks.
    case queue(round: Int, view: ReviewQueueRepository.View, search: String)
    /// Takes an entrant for the signed-in reviewer (opening it from a queue).
    case claim(entrantId: String, round: Int)
    /// Gives back the reviewer's entrant and takes the next free one of the queue (`n` in the dossier).
    case skip(entrantId: String, round: Int)
    /// Gives an entrant back; `holder` names whose claim (the chair releases anyone's).
    case release(entrantId: String, round: Int, holder: String)
    /// Records a decision and, with `claimNext`, takes the next entrant — one transaction.
    case decide(ReviewDecisionDraft, claimNext: Bool)
    /// Records one decision for each draft in one transaction (a batch from the queue).
    case decideAll([ReviewDecisionDraft])
    /// Both rounds' counts for the reviewer's home (taken: held by someone else).
    case homeCounts
    /// The chair's overview of reviewing: progress, reviewers, cases for the chair, claims, units.
    case overview
    /// A screenshot drawn as terminal cells by chafa (nil picture when chafa is missing or fails).
    case picture(storedPath: String, width: Int, height: Int)

    var isWrite: Bool {
        switch self {
        case .queue, .homeCounts, .overview, .picture: false
        case .claim, .skip, .release, .decide, .decideAll: true
        }
    }
}

/// The answers to `ReviewEffect`s.
public enum ReviewReply: Sendable {
    case queue(ReviewQueuePage)
    case homeCounts([Int: ReviewQueueRepository.Counts])
    case claimed(EntrantSummary, round: Int, ClaimRepository.Outcome)
    /// The entrant taken after a skip or a decision; nil when the queue has no free entrant.
    case next(EntrantSummary?, round: Int)
    case released(entrantId: String)
    case decided(DecisionResult, next: EntrantSummary?)
    case decidedAll(count: Int)
    /// The batch dialog's drafts, handed to the queue, which confirms and then decides them.
    case batchDraft([ReviewDecisionDraft])
    case overview(ReviewOverview)
    case picture(ScreenshotPicture)
}
