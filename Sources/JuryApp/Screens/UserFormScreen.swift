import JuryCore
import TerminalKit

/// Admin: a keyboard form to add a user (name, role, unit, city, PIN) or to set a new PIN.
enum UserFormScreen {
    enum Action: Sendable { case next, previous, chooseRole, submit, cancel }

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.tab, .down], "Tab/↓", .keyNextField, .next),
        KeyBinding([.backTab, .up], "Shift-Tab/↑", .keyPreviousField, .previous),
        KeyBinding([.left, .right], "←→", .keyChooseRole, .chooseRole),
        KeyBinding([.enter, .ctrl("s")], "Enter", .keySubmitForm, .submit, status: .shown),
        KeyBinding([.escape], "Esc", .keyCancelForm, .cancel, status: .essential),
    ]

    /// The keys of this form: the role key only where there is a role to choose.
    static func bindings(for form: UserFormState) -> [KeyBinding<Action>] {
        form.fields.contains(.role) ? bindings : bindings.filter { $0.action != .chooseRole }
    }

    static func handle(_ key: Key, _ state: inout AppState) -> [Effect] {
        var form = state.userForm
        defer { state.userForm = form }
        let fields = form.fields
        let index = fields.firstIndex(of: form.focus) ?? 0
        // ←→ choose the role on the role field; in a text field they move the cursor.
        if let action: Action = bindings(for: form).action(for: key), !(action == .chooseRole && form.focus != .role) {
            switch action {
            case .chooseRole: _ = form.role.handle(key)
            case .next: form.focus = fields[(index + 1) % fields.count]
            case .previous: form.focus = fields[(index + fields.count - 1) % fields.count]
            case .cancel:
                state.userForm = form
                return App.back(&state)
            case .submit:
                // Enter moves on until the last field, so a form can be filled top to bottom.
                if key == .enter && index < fields.count - 1 {
                    form.focus = fields[index + 1]
                    return []
                }
                return submit(&form, state)
            }
            return []
        }
        form.error = nil
        switch form.focus {
        case .name: _ = form.name.handle(key)
        case .role: _ = form.role.handle(key)
        case .unit: _ = form.unit.handle(key)
        case .city: _ = form.city.handle(key)
        case .pin: _ = form.pin.handle(key)
        }
        return []
    }

    private static func submit(_ form: inout UserFormState, _ state: AppState) -> [Effect] {
        guard !form.submitting else { return [] }
        let l10n = state.l10n
        let actor = state.session?.name ?? ""
        let name = form.name.text.trimmingCharacters(in: .whitespaces)
        if form.resetFor == nil {
            guard !name.isEmpty else {
                form.error = l10n(.formNameMissing)
                form.focus = .name
                return []
            }
            guard !state.users.list.contains(where: { $0.name == name }) else {
                form.error = l10n(.formNameTaken, ["name": name])
                form.focus = .name
                return []
            }
        }
        guard (4...64).contains(form.pin.text.count) else {
            form.error = l10n(.formPinLength)
            form.focus = .pin
            return []
        }
        form.submitting = true
        if let target = form.resetFor { return [.resetPin(name: target, pin: form.pin.text, actor: actor)] }
        return [.addUser(UserDraft(name: name, role: form.selectedRole, unit: form.unit.text.trimmingCharacters(in: .whitespaces),
                                   city: form.city.text.trimmingCharacters(in: .whitespaces), pin: form.pin.text, actor: actor))]
    }

    static func label(_ field: UserFormState.Field, _ l10n: Localizer) -> String {
        switch field {
        case .name: l10n(.columnName)
        case .role: l10n(.columnRole)
        case .unit: l10n(.columnUnit)
        case .city: l10n(.columnCity)
        case .pin: "PIN"
        }
    }

    static func render(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        let form = state.userForm
        let width = min(region.width, 60)
        let footerY = form.fields.count * 2 + 1
        let hints = hintLines(form, l10n, width: width - 4)
        // Fields, the hint lines, a blank line and the border.
        let height = min(region.height, footerY + max(1, hints.count) + 3)
        let frame = region.region(Rect(x: (region.width - width) / 2, y: 1, width: width, height: height))
        let title = form.resetFor.map { l10n(.userFormResetFor, ["name": $0]) } ?? l10n(.userFormAddTitle)
        let inner = Box(title: title).draw(into: frame, theme: theme)
        let labelWidth = form.fields.map { label($0, l10n).displayWidth }.max() ?? 4
        for (i, field) in form.fields.enumerated() {
            let y = 1 + i * 2
            guard y < inner.height else { break }
            let focused = form.focus == field
            inner.put(label(field, l10n).padded(toWidth: labelWidth, alignment: .right), x: 1, y: y,
                      style: theme[focused ? .accent : .normal])
            let fieldWidth = field == .role ? min(16, inner.width - labelWidth - 4) : inner.width - labelWidth - 4
            let fieldRegion = inner.region(Rect(x: labelWidth + 3, y: y, width: max(0, fieldWidth), height: 1))
            switch field {
            case .name: form.name.draw(into: fieldRegion, focused: focused, theme: theme)
            case .role: form.role.draw(into: fieldRegion, focused: focused, theme: theme)
            case .unit: form.unit.draw(into: fieldRegion, focused: focused, theme: theme)
            case .city: form.city.draw(into: fieldRegion, focused: focused, theme: theme)
            case .pin: form.pin.draw(into: fieldRegion, focused: focused, theme: theme)
            }
        }
        if let error = form.error {
            inner.put(error, x: 1, y: footerY, style: theme[.error], maxWidth: inner.width - 2)
        } else {
            for (i, line) in hints.enumerated() where footerY + i < inner.height {
                inner.put(line, x: 1, y: footerY + i, style: theme[.dim], maxWidth: inner.width - 2)
            }
        }
    }

    /// The form's keys from its key table (so they say what the status bar and help say), " · " between
    /// them, broken between keys onto as many lines as `width` needs.
    static func hintLines(_ form: UserFormState, _ l10n: Localizer, width: Int) -> [String] {
        var lines: [String] = []
        for hint in bindings(for: form).hintLine(l10n) {
            if let last = lines.last, (last + " · " + hint).displayWidth <= width {
                lines[lines.count - 1] = last + " · " + hint
            } else {
                lines.append(hint)
            }
        }
        return lines
    }
}
