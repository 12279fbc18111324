import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// A judge's score sheet for one finalist, built from the rubric: one field per criterion grouped
/// by dimension (label, maximum, step), live subtotals and total, a comment per dimension, the
/// dossier one key away (side by side from 160 columns). Every change is saved as a draft when the
/// field is left, after a short pause, and when the form closes; submitting asks first and locks it.
struct ScoreFormScreen: TickingScreen, DraftKeeping {
    enum Action: Sendable { case dossier, submit, close }

    /// How long a typed value waits before it is saved without leaving the field.
    static let pause: TimeInterval = 1.5
    /// From this width the dossier stands beside the form.
    static let sideBySideWidth = 160

    var entrantId: String
    var name: String
    var sheet: JudgeSheet?
    var form: Form?
    var detail: EntrantDetail?
    /// What the file holds (criterion → tenths, dimension → comment), as far as this screen knows.
    var stored: [String: Int] = [:]
    var storedComments: [String: String] = [:]
    /// When the first unsaved change was made (nil: nothing waits).
    var dirtySince: Date?
    /// The dossier is shown (narrow) or has the keys (wide).
    var dossierActive = false
    var dossierScroll = 0
    var submitting = false
    var savedAt: String?

    init(entrantId: String, name: String) {
        self.entrantId = entrantId
        self.name = name
    }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.function(2)], "F2", .judgingKeyDossier, .dossier, status: .shown),
        KeyBinding([.function(10), .ctrl("s")], "F10/Ctrl-S", .judgingKeySubmit, .submit, status: .shown),
        KeyBinding([.escape], "Esc", .back, .close, status: .essential),
    ]
    /// Shown in help: the form's own keys (handled by the form widget).
    static let formKeys: [KeyBinding<Void>] = [
        KeyBinding([.tab, .down], "Tab/↓", .keyNextField, ()),
        KeyBinding([.backTab, .up], "Shift-Tab/↑", .keyPreviousField, ()),
        KeyBinding([.char("+"), .char("-")], "+/-", .judgingKeyStep, ()),
    ]

    var isLocked: Bool { sheet?.status == .submitted }
    var isConflicted: Bool { sheet?.conflict != nil }

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.judgingFormTitle, ["id": entrantId, "name": name]) }
    func isTyping(_ ctx: ScreenContext) -> Bool { form != nil && !isLocked && !dossierActive }
    var holdsUnsavedInput: Bool {
        let changes = pendingChanges
        return !isLocked && !(changes.tenths.isEmpty && changes.cleared.isEmpty && changes.comments.isEmpty)
    }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.formKeys + Self.bindings.withoutActions() }

    // MARK: The form

    static func buildForm(_ sheet: JudgeSheet, _ ctx: ScreenContext) -> Form {
        let l10n = ctx.l10n
        var rows: [FormRow] = []
        for dimension in ctx.definition.rubric.dimensions {
            rows.append(.heading(id: "dim." + dimension.id, title: ctx.text(dimension.label)))
            for c in dimension.criteria {
                let messages = NumberField.Messages(
                    outOfRange: { low, high in l10n(.judgingRange, ["min": low, "max": high]) },
                    empty: l10n(.judgingEmpty), format: l10n(.judgingFormat),
                    outOfStep: { low, high, step in l10n(.judgingRangeStep, ["min": low, "max": high, "step": step]) })
                var row = FormRow.number(id: c.id, label: ctx.text(c.label), value: sheet.tenths[c.id], maximum: c.max.rawValue,
                                         step: c.step.rawValue, messages: messages)
                row.hint = l10n(.judgingHint, ["max": NumberField.format(c.max.rawValue), "step": NumberField.format(c.step.rawValue)])
                rows.append(row)
            }
            rows.append(.text(id: "comment." + dimension.id, label: l10n(.judgingComment), text: sheet.comments[dimension.id] ?? "",
                              maxLength: 500, placeholder: l10n(.judgingCommentPlaceholder)))
        }
        let buttons = sheet.status == .submitted ? [] : [FormButton(id: "submit", title: l10n(.judgingSubmitButton), role: .submit)]
        var form = Form(rows: rows, buttons: buttons, requiredMessage: l10n(.judgingEmpty))
        // Pick up where the draft left off: the first criterion without a score.
        if let first = ctx.definition.rubric.criteria.first(where: { sheet.tenths[$0.id] == nil }) {
            form.focus(on: .row(first.id))
        }
        return form
    }

    /// What differs between the form and the file: scores typed (valid ones), scores emptied, comments.
    var pendingChanges: (tenths: [String: Int], cleared: [String], comments: [String: String]) {
        guard let form else { return ([:], [], [:]) }
        var tenths: [String: Int] = [:], cleared: [String] = [], comments: [String: String] = [:]
        for row in form.rows {
            switch row.control {
            case .number(let field):
                if field.text.isEmpty {
                    if stored[row.id] != nil { cleared.append(row.id) }
                } else if let v = field.value, field.isOnStep(v), stored[row.id] != v {
                    tenths[row.id] = v
                }
            case .text(let field) where row.id.hasPrefix("comment."):
                let dimension = String(row.id.dropFirst("comment.".count))
                if field.text != (storedComments[dimension] ?? "") { comments[dimension] = field.text }
            default: break
            }
        }
        return (tenths, cleared, comments)
    }

    /// Saves what changed as a draft (one short audited write), or nothing when nothing changed.
    mutating func flush() -> [Command] {
        dirtySince = nil
        guard form != nil, !isLocked, !isConflicted else { return [] }
        let changes = pendingChanges
        guard !(changes.tenths.isEmpty && changes.cleared.isEmpty && changes.comments.isEmpty) else { return [] }
        // Counted as stored now, so a second flush before the answer does not send it twice; a refusal puts it back.
        for (k, v) in changes.tenths { stored[k] = v }
        for k in changes.cleared { stored[k] = nil }
        for (k, v) in changes.comments { storedComments[k] = v }
        return [.run(.judging(.save(entrantId: entrantId, tenths: changes.tenths, cleared: changes.cleared,
                                    comments: changes.comments, submit: false)))]
    }

    // MARK: Keys

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        if let action: Action = Self.bindings.action(for: key) {
            switch action {
            case .dossier:
                dossierActive.toggle()
                return []
            case .close:
                if dossierActive && ctx.body.width < Self.sideBySideWidth {
                    dossierActive = false
                    return []
                }
                return flush() + [.pop]
            case .submit:
                guard form != nil, !isLocked else { return lockedRefusal(ctx) }
                return outcome(form?.handle(.ctrl("s")) ?? .unhandled, ctx)
            }
        }
        if dossierActive { return scrollDossier(key, ctx) }
        guard var form else { return [] }
        if isLocked {
            // A submitted sheet can be looked through but not changed.
            guard [.tab, .backTab, .up, .down].contains(key) else { return lockedRefusal(ctx) }
            _ = form.handle(key)
            self.form = form
            return []
        }
        let before = form.focus
        let result = form.handle(key)
        self.form = form
        if form.focus != before, case .row? = before {
            // Leaving a field saves it.
            return outcome(result, ctx) + flush()
        }
        return outcome(result, ctx)
    }

    private func lockedRefusal(_ ctx: ScreenContext) -> [Command] {
        if isConflicted { return [.status(.error(ctx.l10n(.judgingFormConflicted)))] }
        return isLocked ? [.status(.error(ctx.l10n(.judgingLocked)))] : []
    }

    private mutating func outcome(_ result: FormOutcome, _ ctx: ScreenContext) -> [Command] {
        switch result {
        case .changed:
            if dirtySince == nil { dirtySince = ctx.now }
        case .submitted:
            guard let form else { return [] }
            let l10n = ctx.l10n
            var parts = ctx.definition.rubric.dimensions.map { d -> String in
                let sub = form.subtotal(ofHeading: "dim." + d.id)
                return "\(ctx.text(d.label)) \(NumberField.format(sub.value))/\(NumberField.format(sub.maximum))"
            }
            parts.append(l10n(.judgingTotal, ["total": NumberField.format(form.total.value), "max": NumberField.format(form.total.maximum)]))
            return [.confirm(title: l10n(.judgingConfirmTitle, ["id": entrantId, "name": name]),
                             message: l10n(.judgingConfirmMessage, ["totals": parts.joined(separator: " · ")]))]
        case .cancelled:
            return flush() + [.pop]
        case .unhandled, .handled, .refused, .pressed:
            break
        }
        return []
    }

    private mutating func scrollDossier(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        let visible = max(1, ctx.body.height - 3)
        switch key {
        case .up, .char("k"): dossierScroll -= 1
        case .down, .char("j"): dossierScroll += 1
        case .pageUp: dossierScroll -= visible
        case .pageDown, .char(" "): dossierScroll += visible
        case .home: dossierScroll = 0
        case .tab, .backTab: dossierActive = false
        default: break
        }
        dossierScroll = max(0, dossierScroll)
        return []
    }

    mutating func tick(_ ctx: ScreenContext) -> [Command] {
        guard let since = dirtySince, ctx.now.timeIntervalSince(since) >= Self.pause else { return [] }
        return flush()
    }

    // MARK: Replies

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        switch reply {
        case .judging(.sheet(let loaded)) where loaded.entrantId == entrantId:
            let statusChanged = sheet?.status != loaded.status || sheet?.conflict != loaded.conflict
            sheet = loaded
            // Never touch what is being typed: rebuild only on first load or when the sheet was
            // submitted, reopened or conflicted meanwhile.
            if form == nil || statusChanged || isLocked {
                stored = loaded.tenths
                storedComments = loaded.comments
                form = loaded.conflict == nil ? Self.buildForm(loaded, ctx) : nil
                submitting = false
            }
        case .entrants(.dossier(let loaded)) where loaded.summary.id == entrantId:
            detail = loaded
        case .judging(.saved(let id, let submitted, _, _, _)) where id == entrantId:
            // The time of day in the contest's zone, like every time on screen.
            let clock = DateFormatter()
            clock.locale = Locale(identifier: "en_US_POSIX")
            clock.timeZone = TimeZone(identifier: ctx.definition.timeZone) ?? .current
            clock.dateFormat = "HH:mm:ss"
            savedAt = clock.string(from: ctx.now)
            if submitted {
                return [.status(.info(ctx.l10n(.judgingSubmitted, ["id": entrantId]))), .run(.judging(.sheet(entrantId: entrantId)))]
            }
        case .confirmed:
            guard let form, !submitting else { return [] }
            submitting = true
            var tenths: [String: Int] = [:]
            for c in ctx.definition.rubric.criteria { if let v = form.number(c.id) { tenths[c.id] = v } }
            let comments = pendingChanges.comments
            for (k, v) in comments { storedComments[k] = v }
            for (k, v) in tenths { stored[k] = v }
            dirtySince = nil
            return [.run(.judging(.save(entrantId: entrantId, tenths: tenths, cleared: [], comments: comments, submit: true)))]
        case .failed(let text):
            // The write was refused (phase, lock, conflict): the form keeps what was typed, and the
            // next change or leaving a field tries again. Re-read so the form knows what the file holds.
            submitting = false
            return [.status(.error(text)), .run(.judging(.sheet(entrantId: entrantId)))]
        default: break
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] {
        var out: [Command] = [.run(.judging(.sheet(entrantId: entrantId)))]
        if detail == nil { out.append(.run(.judging(.dossier(entrantId: entrantId)))) }
        return out
    }

    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    // MARK: Drawing

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        guard let sheet else {
            region.put(l10n(.loading), x: 1, y: 0, style: theme[.dim])
            return
        }
        let status: String
        switch sheet.status {
        case nil: status = l10n(.judgingStatusNotStarted)
        case .draft?: status = l10n(.judgingStatusDraft)
        case .submitted?: status = l10n(.judgingStatusSubmitted)
        }
        region.put("\(name) · \(entrantId) · \(status)", x: 1, y: 0, style: theme[.title], maxWidth: region.width - 2)
        if let form {
            let total = l10n(.judgingTotal, ["total": NumberField.format(form.total.value), "max": NumberField.format(form.total.maximum)])
            region.put(total, x: max(1, region.width - total.displayWidth - 1), y: 0, style: theme[.accent])
        }
        // Line 1: why the form is closed, why it was reopened, or when the draft was last saved.
        let note: (String, ThemeRole)?
        if let conflict = sheet.conflict {
            switch conflict {
            case .automatic(let unit): note = (l10n(.judgingConflictAutomatic, ["id": entrantId, "unit": unit]), .error)
            case .declared(_, let text): note = (l10n(.judgingConflictDeclared, ["id": entrantId, "note": text]), .error)
            }
        } else if sheet.status == .submitted {
            note = (l10n(.judgingLocked), .warning)
        } else if let reason = sheet.reopenReason {
            note = (l10n(.judgingReopened, ["by": sheet.reopenedBy ?? "", "reason": reason]), .warning)
        } else if let savedAt {
            note = (l10n(.judgingDraftSaved, ["time": savedAt]), .dim)
        } else {
            note = nil
        }
        if let note { region.put(note.0, x: 1, y: 1, style: theme[note.1], maxWidth: region.width - 2) }
        let body = Rect(x: 0, y: 2, width: region.width, height: max(0, region.height - 2))
        if region.width >= Self.sideBySideWidth {
            let halves = Layout.columns([.percent(50), .fill], in: body)
            drawForm(into: region.region(halves[0]), ctx, theme: theme, focused: !dossierActive)
            drawDossier(into: region.region(halves[1]), ctx, theme: theme, focused: dossierActive)
        } else if dossierActive {
            drawDossier(into: region.region(body), ctx, theme: theme, focused: true)
        } else {
            drawForm(into: region.region(body), ctx, theme: theme, focused: true)
        }
    }

    private func drawForm(into region: Region, _ ctx: ScreenContext, theme: Theme, focused: Bool) {
        let box = Box(title: ctx.l10n(.judgingFormBox), borderRole: focused ? .accent : .border).draw(into: region, theme: theme)
        guard let form else {
            box.put(ctx.l10n(.judgingFormConflicted), x: 1, y: 0, style: theme[.error], maxWidth: box.width - 2)
            return
        }
        form.draw(into: box.region(Rect(x: 1, y: 0, width: max(0, box.width - 2), height: box.height)), theme: theme)
    }

    private func drawDossier(into region: Region, _ ctx: ScreenContext, theme: Theme, focused: Bool) {
        let box = Box(title: ctx.l10n(.judgingDossierBox), borderRole: focused ? .accent : .border).draw(into: region, theme: theme)
        guard detail != nil else {
            box.put(ctx.l10n(.loading), x: 1, y: 0, style: theme[.dim])
            return
        }
        let lines = DetailLines.build(detail, ctx, width: box.width)
        let from = min(dossierScroll, max(0, lines.count - box.height))
        for (i, line) in lines.dropFirst(from).prefix(box.height).enumerated() {
            box.put(line.text, x: 0, y: i, style: theme[line.role], maxWidth: box.width)
        }
    }
}
