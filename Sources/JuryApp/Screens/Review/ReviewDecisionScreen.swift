import JuryCore
import JuryStore
import TerminalKit

/// The decision dialog: a reason from the round's list, the reviewer's answer to each check that
/// needs a person, the waiver's written reason when a waivable check failed, and a note. Enter
/// decides, Esc cancels. For a batch from the queue it asks the reason and note only.
struct ReviewDecisionScreen: SubmittingForm {
    enum Target: Sendable {
        case single(EntrantDetail)
        case batch([String])
    }
    enum Action: Sendable { case submit, cancel }

    let round: Int
    let verdict: ReviewVerdict
    let target: Target
    var form: Form
    let reasons: [ReviewReason]
    /// Checks answered in the dialog (manual, or automatic without data).
    let manualIds: [String]
    /// Failed waivable checks, each with a waiver-reason row (a pass only).
    let waiverIds: [String]
    var error: String?
    var submitting = false

    static let reasonRow = "reason", noteRow = "note"
    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.enter, .ctrl("s")], "Enter", .keyReviewDecide, .submit, status: .shown),
        KeyBinding([.escape], "Esc", .keyCancelForm, .cancel, status: .essential),
    ]

    init(round: Int, verdict: ReviewVerdict, target: Target, ctx: ScreenContext) {
        self.round = round
        self.verdict = verdict
        self.target = target
        let l10n = ctx.l10n
        let definition = round == 2 ? ctx.definition.roundTwo : ctx.definition.roundOne
        // Rejecting lists the disqualifying reasons too: plagiarism is a rejection that removes the entrant.
        reasons = verdict == .fail ? definition.reasons(for: .fail) + definition.reasons(for: .disqualify)
                                   : definition.reasons(for: verdict)
        var rows: [FormRow] = []
        var manual: [String] = [], waivers: [String] = []
        switch target {
        case .single(let detail):
            rows.append(.readOnly(id: "entrant", label: l10n(.reviewDialogEntrant), value: "\(detail.summary.name) · \(detail.summary.id)"))
        case .batch(let ids):
            rows.append(.readOnly(id: "entrant", label: l10n(.reviewDialogEntrant),
                                  value: l10n(.reviewDialogBatchCount, ["count": String(ids.count)])))
        }
        if !reasons.isEmpty {
            rows.append(.list(id: Self.reasonRow, label: l10n(.reviewDialogReason), options: reasons.map { ctx.text($0.label) }))
        }
        if case .single(let detail) = target {
            let results = round == 2 ? detail.roundTwo : detail.roundOne
            for result in results where result.outcome == .needsReview {
                manual.append(result.id)
                rows.append(.choice(id: "check." + result.id, label: ctx.text(result.label),
                                    options: [l10n(.reviewAnswerOpen), l10n(.reviewAnswerYes), l10n(.reviewAnswerNo)],
                                    selectedIndex: verdict == .pass ? 1 : 0))
            }
            if verdict == .pass {
                for result in results where result.outcome == .fail && result.waivable {
                    waivers.append(result.id)
                    var row = FormRow.text(id: "waiver." + result.id, label: l10n(.reviewDialogWaiver, ["check": ctx.text(result.label)]),
                                           maxLength: 200, isRequired: result.waiverNeedsReason)
                    row.hint = result.waiverHint.map { ctx.text($0) }
                    rows.append(row)
                }
            }
        }
        // Changing one's decision needs the reason for the change (the history keeps both).
        var changing = false
        if case .single(let detail) = target {
            let dual = (round == 2 ? ctx.definition.roundTwo : ctx.definition.roundOne).dualReview
            changing = detail.history.contains { $0.round == round && (!dual || $0.reviewer == ctx.actor) }
        }
        rows.append(.text(id: Self.noteRow, label: l10n(changing ? .reviewDialogChangeReason : .reviewDialogNote), maxLength: 300,
                          isRequired: verdict.needsNote || changing))
        manualIds = manual
        waiverIds = waivers
        form = Form(rows: rows, requiredMessage: l10n(.reviewDialogRequired))
        if !reasons.isEmpty { form.focus(on: .row(Self.reasonRow)) }
    }

    func title(_ ctx: ScreenContext) -> String {
        ctx.l10n(.reviewDialogTitle, ["verdict": Labels.verdict(verdict, ctx.l10n)])
    }
    func isTyping(_ ctx: ScreenContext) -> Bool { true }
    var holdsUnsavedInput: Bool { !(form.text(Self.noteRow) ?? "").isEmpty }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    /// The reason chosen in the list, if the round has a list.
    var chosenReason: ReviewReason? {
        guard let index = form.selectedIndex(Self.reasonRow), reasons.indices.contains(index) else { return nil }
        return reasons[index]
    }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if let action: Action = Self.bindings.action(for: key) {
            switch action {
            case .cancel: return [.pop]
            case .submit: return submit(ctx)
            }
        }
        error = nil
        _ = form.handle(key)
        return []
    }

    private mutating func submit(_ ctx: ScreenContext) -> [Command] {
        guard !submitting else { return [] }
        if form.validate() != nil { return [] }
        let reason = chosenReason
        let chosen = reason?.verdict ?? verdict
        let note = (form.text(Self.noteRow) ?? "").trimmingCharacters(in: .whitespaces)
        if chosen.needsNote && note.isEmpty {
            form.setError(ctx.l10n(.reviewDialogRequired), for: Self.noteRow)
            form.focus(on: .row(Self.noteRow))
            return []
        }
        switch target {
        case .single(let detail):
            let verdicts = manualIds.compactMap { id -> ManualVerdict? in
                switch form.selectedIndex("check." + id) {
                case 1?: ManualVerdict(checkId: id, passed: true)
                case 2?: ManualVerdict(checkId: id, passed: false)
                default: nil
                }
            }
            let waivers = waiverIds.compactMap { id -> Waiver? in
                let text = (form.text("waiver." + id) ?? "").trimmingCharacters(in: .whitespaces)
                return text.isEmpty ? nil : Waiver(checkId: id, reason: text)
            }
            submitting = true
            let draft = ReviewDecisionDraft(round: round, entrantId: detail.summary.id, verdict: chosen, waivers: waivers,
                                            verdicts: verdicts, note: note, reasonId: reason?.id)
            return [.run(.review(.decide(draft, claimNext: true)))]
        case .batch(let ids):
            // A batch pass answers yes to every check that needs a person (automatic ones stand on the
            // data, so an entrant with a failed check stops the batch, named in the refusal).
            let definition = round == 2 ? ctx.definition.roundTwo : ctx.definition.roundOne
            let verdicts = chosen == .pass ? definition.checks.map { ManualVerdict(checkId: $0.id, passed: true) } : []
            let drafts = ids.map { ReviewDecisionDraft(round: round, entrantId: $0, verdict: chosen, verdicts: verdicts,
                                                       note: note, reasonId: reason?.id) }
            return [.popDelivering(.review(.batchDraft(drafts)))]
        }
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        receiveAnswer(reply) { if case .review = $0 { true } else { false } }
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let width = min(region.width - 2, 96)
        let formHeight = form.rows.reduce(0) { total, row in
            if case .list(let list) = row.control { return total + max(1, list.options.count) }
            return total + 1
        }
        let height = min(region.height, formHeight + 5)
        let frame = region.region(Rect(x: (region.width - width) / 2, y: 0, width: width, height: height))
        let inner = Box(title: title(ctx)).draw(into: frame, theme: theme)
        form.draw(into: inner.region(Rect(x: 1, y: 0, width: inner.width - 2, height: max(1, inner.height - 2))), theme: theme)
        let footer = max(0, inner.height - 1)
        if let error {
            inner.put(error, x: 1, y: footer, style: theme[.error], maxWidth: inner.width - 2)
        } else {
            inner.put(Self.bindings.hintLine(l10n).joined(separator: " · ") + " · Tab/↑↓ " + l10n(.keyNextField),
                      x: 1, y: footer, style: theme[.dim], maxWidth: inner.width - 2)
        }
    }
}

extension Labels {
    /// A verdict as reviewers say it (通过, 不通过, 待补充, 取消资格).
    static func verdict(_ verdict: ReviewVerdict, _ l10n: Localizer) -> String {
        l10n.pick(zh: verdict.label.zh, en: verdict.label.en)
    }
}
