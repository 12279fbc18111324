import JuryCore
import JuryStore
import TerminalKit

/// The chair's view of reviewing: progress per round and per reviewer, the cases waiting for the
/// chair (Enter opens one to decide), the entrants in hand (`r` releases a stuck claim), and the
/// recommending units (已推荐未报名, fewer than 10 names, passes per round).
struct ReviewOverviewScreen: Screen {
    enum Action: Sendable { case move(ListMove), open, release, back }

    /// One line of the overview; some lines can be acted on.
    struct Line: Sendable, Equatable {
        enum Target: Sendable, Equatable {
            case none
            case chairCase(EntrantSummary, round: Int)
            case claim(ReviewQueueRepository.Claim)
        }
        var text: String
        var role: ThemeRole
        var target: Target = .none
    }

    var overview: ReviewOverview?
    var table = TableState()

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.enter], "Enter", .keyReviewOpenCase, .open, status: .shown),
        KeyBinding([.char("r")], "r", .keyReviewRelease, .release, status: .shown),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.reviewOverviewTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        let lines = Self.lines(overview, ctx)
        let target = lines.indices.contains(table.selected) ? lines[table.selected].target : .none
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: lines.count, visible: max(1, ctx.body.height))
        case .open:
            guard case .chairCase(let summary, let round) = target else { return [] }
            return [.run(.review(.claim(entrantId: summary.id, round: round)))]
        case .release:
            guard case .claim(let claim) = target else { return [.status(.error(ctx.l10n(.reviewReleaseWhich)))] }
            return [.run(.review(.release(entrantId: claim.entrantId, round: claim.round, holder: claim.reviewer)))]
        case .back:
            return [.pop]
        }
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        switch reply {
        case .review(.overview(let loaded)):
            overview = loaded
            table = table.clamped(rowCount: Self.lines(loaded, ctx).count, visibleRows: max(1, ctx.body.height))
        case .review(.released(let id)):
            return [.status(.info(ctx.l10n(.reviewReleased, ["id": id]))), .run(.review(.overview))]
        case .review(.claimed(let summary, let round, let outcome)):
            if case .heldBy(let holder, _) = outcome {
                return [.status(.error(ctx.l10n(.reviewTakenBy, ["name": holder, "id": summary.id])))]
            }
            return [.push(ReviewDossierScreen(summary: summary, round: round))]
        case .failed(let text):
            return [.status(.error(text))]
        default: break
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [.run(.review(.overview))] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    static func lines(_ overview: ReviewOverview?, _ ctx: ScreenContext) -> [Line] {
        guard let overview else { return [] }
        let l10n = ctx.l10n
        var out: [Line] = []
        func heading(_ key: StringKey) {
            if !out.isEmpty { out.append(Line(text: "", role: .normal)) }
            out.append(Line(text: l10n(.sectionHeading, ["title": l10n(key)]), role: .title))
        }
        heading(.reviewOverviewProgress)
        for round in [1, 2] {
            guard let c = overview.counts[round] else { continue }
            let decided = c.passed + c.rejected + c.needsInfo
            let all = decided + c.pending
            out.append(Line(text: "  " + l10n(round == 1 ? .roundOne : .roundTwo) + "  "
                + l10n(.reviewProgressLine, ["decided": HumanNumber.grouped(decided), "total": HumanNumber.grouped(all),
                                             "percent": all == 0 ? "0" : String(decided * 100 / all)]), role: .accent))
            out.append(Line(text: "    " + l10n(.reviewCountsLine, [
                "pending": HumanNumber.grouped(c.pending), "passed": HumanNumber.grouped(c.passed),
                "rejected": HumanNumber.grouped(c.rejected), "info": HumanNumber.grouped(c.needsInfo),
                "taken": HumanNumber.grouped(c.taken)]), role: .normal))
        }
        heading(.reviewOverviewReviewers)
        let reviewers = Array(Set(overview.tallies.map(\.reviewer))).sorted()
        if reviewers.isEmpty { out.append(Line(text: "  " + l10n(.none), role: .dim)) }
        for reviewer in reviewers {
            for round in [1, 2] {
                let mine = overview.tallies.filter { $0.reviewer == reviewer && $0.round == round }
                guard !mine.isEmpty else { continue }
                let parts = ReviewVerdict.allCases.compactMap { verdict -> String? in
                    let n = mine.filter { $0.verdict == verdict }.reduce(0) { $0 + $1.count }
                    return n == 0 ? nil : "\(Labels.verdict(verdict, l10n)) \(HumanNumber.grouped(n))"
                }
                out.append(Line(text: "  \(reviewer) · \(l10n(round == 1 ? .roundOne : .roundTwo)) · " + parts.joined(separator: " · "),
                                role: .normal))
            }
        }
        heading(.reviewOverviewCases)
        if overview.cases.isEmpty { out.append(Line(text: "  " + l10n(.none), role: .dim)) }
        for item in overview.cases {
            let kind = l10n(item.disputed ? .reviewCaseDisputed : .reviewCaseInfo)
            out.append(Line(text: "  \(item.summary.id) \(item.summary.name) · \(l10n(item.round == 1 ? .roundOne : .roundTwo)) · \(kind)",
                            role: item.disputed ? .warning : .normal, target: .chairCase(item.summary, round: item.round)))
        }
        heading(.reviewOverviewClaims)
        if overview.claims.isEmpty { out.append(Line(text: "  " + l10n(.none), role: .dim)) }
        let zone = ctx.definition.zone
        func time(_ text: String) -> String { UTCTime.parse(text).map { HumanTimestamp.display($0, timeZone: zone) } ?? text }
        for claim in overview.claims {
            out.append(Line(text: "  " + l10n(.reviewClaimLine, ["id": claim.entrantId, "name": claim.name, "reviewer": claim.reviewer,
                                                                 "since": time(claim.claimedAt), "until": time(claim.expiresAt)]),
                            role: .normal, target: .claim(claim)))
        }
        heading(.reviewOverviewUnits)
        if overview.units.isEmpty { out.append(Line(text: "  " + l10n(.none), role: .dim)) }
        for unit in overview.units {
            var text = "  " + l10n(.reviewUnitLine, ["unit": unit.unit, "recommended": String(unit.recommended),
                                                    "registered": String(unit.registered), "one": String(unit.passedOne),
                                                    "two": String(unit.passedTwo)])
            if unit.recommended > unit.registered {
                text += " · " + l10n(.reviewUnitNotRegistered, ["count": String(unit.recommended - unit.registered)])
            }
            let short = unit.recommended < Reconciliation.minimumPerUnit
            if short { text += " · " + l10n(.reviewUnitShort, ["minimum": String(Reconciliation.minimumPerUnit)]) }
            out.append(Line(text: text, role: short ? .warning : .normal))
        }
        return out
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        guard overview != nil else {
            region.put(ctx.l10n(.loading), x: 1, y: 1, style: theme[.dim])
            return
        }
        let lines = Self.lines(overview, ctx)
        let state = table.clamped(rowCount: lines.count, visibleRows: region.height)
        for (y, index) in (state.offset..<lines.count).prefix(region.height).enumerated() {
            let line = lines[index]
            let selected = index == state.selected
            let style = selected ? theme[.selected] : theme[line.role]
            if selected { region.fill(Rect(x: 0, y: y, width: region.width, height: 1), style: style) }
            region.put(line.text, x: 1, y: y, style: style, maxWidth: region.width - 2)
        }
    }
}
