import JuryCore
import JuryStore
import TerminalKit

/// The dossier of an entrant opened from a review queue (and so claimed): the judges' dossier plus
/// the decision keys `p` pass, `x` reject, `i` needs information, and `n` to give it back and take the next.
struct ReviewDossierScreen: Screen {
    enum Action: Sendable { case pass, reject, info, next, back }

    var inner: EntrantDetailScreen
    let round: Int

    init(summary: EntrantSummary, round: Int) {
        inner = EntrantDetailScreen(summary: summary)
        self.round = round
    }

    var entrantId: String { inner.summary.id }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.char("p")], "p", .keyReviewPass, .pass, status: .shown),
        KeyBinding([.char("x")], "x", .keyReviewReject, .reject, status: .shown),
        KeyBinding([.char("i")], "i", .keyReviewInfo, .info, status: .shown),
        KeyBinding([.char("n")], "n", .keyReviewSkip, .next, status: .shown),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .keyReviewBack, .back, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String {
        ctx.l10n(.reviewDossierTitle, ["round": ctx.l10n(round == 1 ? .roundOne : .roundTwo)])
    }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] {
        // The dossier's own keys (scrolling, screenshots), without its back key, which this table owns.
        Self.bindings.withoutActions() + EntrantDetailScreen.bindings.filter { if case .back = $0.action { false } else { true } }.withoutActions()
    }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return inner.handle(key, ctx) }
        switch action {
        case .pass, .reject, .info:
            guard let detail = inner.detail else { return [] }
            let verdict: ReviewVerdict = action == .pass ? .pass : action == .reject ? .fail : .needsInfo
            return [.push(ReviewDecisionScreen(round: round, verdict: verdict, target: .single(detail), ctx: ctx))]
        case .next:
            return [.run(.review(.skip(entrantId: entrantId, round: round)))]
        case .back:
            // Give the entrant back so the other reviewer can take it at once.
            return [.run(.review(.release(entrantId: entrantId, round: round, holder: ctx.actor))), .pop]
        }
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        let l10n = ctx.l10n
        switch reply {
        case .review(.decided(let result, let next)):
            let done = l10n(.reviewDecided, ["id": entrantId, "stage": Labels.stage(result.stage, l10n)])
            return moveOn(to: next, saying: done, ctx)
        case .review(.next(let next, _)):
            return moveOn(to: next, saying: nil, ctx)
        default:
            return inner.receive(reply, ctx)
        }
    }

    /// After a decision or a skip: the next entrant of the queue, or back to the queue when none is free.
    private func moveOn(to next: EntrantSummary?, saying done: String?, _ ctx: ScreenContext) -> [Command] {
        let l10n = ctx.l10n
        guard let next else {
            return [.status(.info([done, l10n(.reviewNoFreeEntrant)].compactMap { $0 }.joined(separator: " "))), .pop]
        }
        let line = [done, l10n(.reviewNowOpen, ["id": next.id, "name": next.name])].compactMap { $0 }.joined(separator: " ")
        return [.replace(ReviewDossierScreen(summary: next, round: round)), .status(.info(line))]
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { inner.refresh(ctx) }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { inner.resized(ctx) }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) { inner.render(into: region, ctx, theme: theme) }
}
