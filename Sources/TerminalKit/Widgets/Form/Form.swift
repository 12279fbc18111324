/// A keyboard form: labelled rows in groups with live subtotals, errors beside the fields, and a button row.
///
/// A value: the screen keeps it in its state, passes keys to `handle(_:)` and acts on the outcome,
/// and draws it with `draw(into:theme:)`. Focus moves with Tab/Shift-Tab (wrapping) and ↑/↓
/// (a list uses ↑/↓ itself until its first or last option); read-only rows and headings are
/// skipped. Enter moves to the next field, or presses the focused button; Ctrl-S submits from
/// anywhere; Esc cancels. Number fields step with +/- (↑/↓ move focus in a form).
public struct Form: Sendable, Equatable {
    /// The focused row or button, by id.
    public enum Focus: Sendable, Hashable {
        case row(String)
        case button(String)
    }

    public var rows: [FormRow]
    public var buttons: [FormButton]
    /// Shown beside a required field left empty when submitting.
    public var requiredMessage: String
    /// Width of the label column in cells; nil fits the widest label (at most a third of the width).
    public var labelWidth: Int?
    /// Width of number fields in cells.
    public var numberWidth: Int = 8
    /// Width of text fields in cells; nil lets them take the line, less room for an error.
    public var textWidth: Int?
    public private(set) var focus: Focus?

    public init(rows: [FormRow], buttons: [FormButton] = [], requiredMessage: String = "required") {
        self.rows = rows
        self.buttons = buttons
        self.requiredMessage = requiredMessage
        focus = focusTargets.first
    }

    // MARK: Reading values

    /// The row with this id.
    public func row(_ id: String) -> FormRow? { rows.first { $0.id == id } }

    /// The value in tenths of a number row, if it is a number within its bounds.
    public func number(_ id: String) -> Int? {
        if case .number(let field)? = row(id)?.control { return field.value }
        return nil
    }

    /// The text of a text row.
    public func text(_ id: String) -> String? {
        if case .text(let field)? = row(id)?.control { return field.text }
        return nil
    }

    /// The chosen index of a choice or list row.
    public func selectedIndex(_ id: String) -> Int? {
        switch row(id)?.control {
        case .choice(let field)?: return field.selectedIndex
        case .list(let field)?: return field.selectedIndex
        default: return nil
        }
    }

    /// The sum of the valid number values under a heading (to the next heading) and the sum of their maxima, in tenths.
    public func subtotal(ofHeading id: String) -> (value: Int, maximum: Int) {
        guard let start = rows.firstIndex(where: { $0.id == id }) else { return (0, 0) }
        var value = 0, maximum = 0
        for row in rows[(start + 1)...] {
            if case .heading = row.control { break }
            if case .number(let field) = row.control {
                value += field.value ?? 0
                maximum += field.range.upperBound
            }
        }
        return (value, maximum)
    }

    /// The sum of every valid number value and of every number field's maximum, in tenths.
    public var total: (value: Int, maximum: Int) {
        var value = 0, maximum = 0
        for row in rows {
            if case .number(let field) = row.control {
                value += field.value ?? 0
                maximum += field.range.upperBound
            }
        }
        return (value, maximum)
    }

    // MARK: Changing it from the app

    /// Sets or clears the error beside a row (e.g. a check the store made).
    public mutating func setError(_ message: String?, for id: String) {
        guard let index = rows.firstIndex(where: { $0.id == id }) else { return }
        rows[index].error = message
    }

    /// Moves focus to a row or button if it can take focus.
    public mutating func focus(on target: Focus) {
        if focusTargets.contains(target) { focus = target }
    }

    /// Replaces a row's control (e.g. a refreshed read-only value) without touching focus.
    public mutating func setControl(_ control: FormControl, for id: String) {
        guard let index = rows.firstIndex(where: { $0.id == id }) else { return }
        rows[index].control = control
    }

    /// Checks every row as submitting would: sets errors and focuses the first invalid row; its id, or nil when all pass.
    public mutating func validate() -> String? {
        var firstInvalid: String?
        for index in rows.indices {
            var row = rows[index]
            var valid = true
            switch row.control {
            case .number(var field):
                if field.text.isEmpty && !row.isRequired { break }
                valid = field.commit()
                row.control = .number(field)
            case .text(let field):
                if row.isRequired && field.text.allSatisfy(\.isWhitespace) {
                    row.error = requiredMessage
                    valid = false
                }
            default: break
            }
            if valid, row.error == requiredMessage { row.error = nil }
            rows[index] = row
            if !valid && firstInvalid == nil { firstInvalid = row.id }
        }
        if let firstInvalid { focus = .row(firstInvalid) }
        return firstInvalid
    }

    // MARK: Keys

    /// Applies a key and says what it did.
    public mutating func handle(_ key: Key) -> FormOutcome {
        normalizeFocus()
        switch key {
        case .escape: return .cancelled
        case .ctrl("s"): return submit()
        case .tab, .backTab:
            let step = key == .tab ? 1 : -1
            if case .row(let id)? = focus, let index = rows.firstIndex(where: { $0.id == id }) {
                return leaveRow(index, by: step, wrapping: true)
            }
            return moveFocus(by: step, wrapping: true)
        default: break
        }
        switch focus {
        case .button(let id)?:
            return handleOnButton(key, id: id)
        case .row(let id)?:
            guard let index = rows.firstIndex(where: { $0.id == id }) else { return .unhandled }
            return handleOnRow(key, index: index)
        case nil:
            return .unhandled
        }
    }

    private mutating func handleOnButton(_ key: Key, id: String) -> FormOutcome {
        guard let index = buttons.firstIndex(where: { $0.id == id }) else { return .unhandled }
        switch key {
        case .enter, .char(" "):
            switch buttons[index].role {
            case .submit: return submit()
            case .cancel: return .cancelled
            case .other: return .pressed(id)
            }
        case .left where index > 0:
            focus = .button(buttons[index - 1].id)
            return .handled
        case .right where index < buttons.count - 1:
            focus = .button(buttons[index + 1].id)
            return .handled
        case .up: return moveFocus(by: -1, wrapping: false)
        case .down: return moveFocus(by: 1, wrapping: false)
        default: return .unhandled
        }
    }

    private mutating func handleOnRow(_ key: Key, index: Int) -> FormOutcome {
        let id = rows[index].id
        if key == .enter { return leaveRow(index, by: 1, wrapping: false) }
        var control = rows[index].control
        let before = control
        var used = false
        switch control {
        case .number(var field):
            // In a form ↑/↓ move between criteria; +/- still step the value.
            if key != .up && key != .down { used = field.handle(key) }
            control = .number(field)
        case .text(var field):
            used = field.handle(key)
            control = .text(field)
        case .choice(var field):
            used = field.handle(key)
            control = .choice(field)
        case .list(var field):
            used = field.handle(key)
            control = .list(field)
        case .heading, .readOnly:
            break
        }
        if used {
            rows[index].control = control
            let changed = control.editedValue != before.editedValue
            if changed { rows[index].error = nil }
            // A number field sets its message only for the key just refused (a step past the
            // maximum is clamped and refused too); any accepted key clears it.
            if case .number(let field) = control, field.message != nil { return .refused(id) }
            return changed ? .changed(id) : .handled
        }
        switch key {
        case .up: return leaveRow(index, by: -1, wrapping: false)
        case .down: return leaveRow(index, by: 1, wrapping: false)
        default: return .unhandled
        }
    }

    /// Moves focus off a row, first tidying a typed number ("8" → "8.0") or refusing to leave an invalid one.
    private mutating func leaveRow(_ index: Int, by step: Int, wrapping: Bool) -> FormOutcome {
        if case .number(var field) = rows[index].control, !field.text.isEmpty {
            let ok = field.commit()
            rows[index].control = .number(field)
            if !ok { return .refused(rows[index].id) }
        }
        return moveFocus(by: step, wrapping: wrapping)
    }

    private mutating func submit() -> FormOutcome {
        if let invalid = validate() { return .refused(invalid) }
        return .submitted
    }

    // MARK: Focus

    /// Editable rows in order, then the buttons.
    public var focusTargets: [Focus] {
        rows.filter { $0.control.isEditable }.map { Focus.row($0.id) } + buttons.map { Focus.button($0.id) }
    }

    /// Keeps focus on something that exists after the app replaced rows or buttons.
    private mutating func normalizeFocus() {
        let targets = focusTargets
        if let focus, targets.contains(focus) { return }
        focus = targets.first
    }

    private mutating func moveFocus(by step: Int, wrapping: Bool) -> FormOutcome {
        let targets = focusTargets
        guard !targets.isEmpty else { return .unhandled }
        let current = focus.flatMap { targets.firstIndex(of: $0) } ?? 0
        var next = current + step
        if wrapping {
            next = (next % targets.count + targets.count) % targets.count
        } else {
            next = min(max(0, next), targets.count - 1)
        }
        if next == current { return wrapping ? .handled : .unhandled }
        focus = targets[next]
        return .handled
    }
}
