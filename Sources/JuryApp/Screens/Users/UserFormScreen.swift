import JuryCore
import JuryStore
import TerminalKit

/// Admin: a keyboard form to add a user (name, role, unit, city, PIN), edit one (role, unit, city),
/// or set a new PIN.
struct UserFormScreen: SubmittingForm {
    enum Action: Sendable { case next, previous, chooseRole, submit, cancel }
    /// The fields in the order Tab visits them.
    enum Field: Int, CaseIterable, Sendable { case name, role, unit, city, pin }
    /// What the form is for.
    enum Mode: Sendable, Equatable {
        /// A new user; `taken` are the names already in use.
        case add(taken: Set<String>)
        case edit(UserAccount)
        case resetPin(String)
    }

    var mode: Mode
    var name = TextField(maxLength: 32)
    var role = ChoiceField(options: [])
    var unit = TextField(maxLength: 64)
    var city = TextField(maxLength: 32)
    var pin = TextField(isMasked: true, maxLength: 64)
    var focus = Field.name
    var error: String?
    /// True while the write is under way (a second Enter must not add the user twice).
    var submitting = false

    static let bindings: [KeyBinding<Action>] = [
        KeyBinding([.tab, .down], "Tab/↓", .keyNextField, .next),
        KeyBinding([.backTab, .up], "Shift-Tab/↑", .keyPreviousField, .previous),
        KeyBinding([.left, .right], "←→", .keyChooseRole, .chooseRole),
        KeyBinding([.enter, .ctrl("s")], "Enter", .keySubmitForm, .submit, status: .shown),
        KeyBinding([.escape], "Esc", .keyCancelForm, .cancel, status: .essential),
    ]

    init(mode: Mode, l10n: Localizer) {
        self.mode = mode
        let roles = Role.allCases.map { Labels.role($0, l10n) }
        role = ChoiceField(options: roles)
        switch mode {
        case .add: break
        case .edit(let user):
            role = ChoiceField(options: roles, selectedIndex: Role.allCases.firstIndex(of: user.role) ?? 0)
            unit.setText(user.unit)
            city.setText(user.city)
            focus = .role
        case .resetPin: focus = .pin
        }
    }

    /// The fields this form shows.
    var fields: [Field] {
        switch mode {
        case .add: Field.allCases
        case .edit: [.role, .unit, .city]
        case .resetPin: [.pin]
        }
    }

    var selectedRole: Role { Role.allCases[min(role.selectedIndex, Role.allCases.count - 1)] }

    func title(_ ctx: ScreenContext) -> String {
        switch mode {
        case .add: ctx.l10n(.userFormAddTitle)
        case .edit(let user): ctx.l10n(.userFormEditFor, ["name": user.name])
        case .resetPin: ctx.l10n(.userFormResetTitle)
        }
    }

    func isTyping(_ ctx: ScreenContext) -> Bool { true }

    /// Anything typed into a blank field (a name, a PIN) would be lost by quitting.
    var holdsUnsavedInput: Bool {
        switch mode {
        case .add: !(name.text.isEmpty && unit.text.isEmpty && city.text.isEmpty && pin.text.isEmpty)
        case .edit(let user): selectedRole != user.role || unit.text != user.unit || city.text != user.city
        case .resetPin: !pin.text.isEmpty
        }
    }

    /// The keys of this form: the role key only where there is a role to choose.
    func keyTable() -> [KeyBinding<Action>] {
        fields.contains(.role) ? Self.bindings : Self.bindings.filter { $0.action != .chooseRole }
    }

    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { keyTable().withoutActions() }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        let fields = self.fields
        let index = fields.firstIndex(of: focus) ?? 0
        // ←→ choose the role on the role field; in a text field they move the cursor.
        if let action: Action = keyTable().action(for: key), !(action == .chooseRole && focus != .role) {
            switch action {
            case .chooseRole: _ = role.handle(key)
            case .next: focus = fields[(index + 1) % fields.count]
            case .previous: focus = fields[(index + fields.count - 1) % fields.count]
            case .cancel: return [.pop]
            case .submit:
                // Enter moves on until the last field, so a form can be filled top to bottom.
                if key == .enter && index < fields.count - 1 {
                    focus = fields[index + 1]
                    return []
                }
                return submit(ctx)
            }
            return []
        }
        error = nil
        switch focus {
        case .name: _ = name.handle(key)
        case .role: _ = role.handle(key)
        case .unit: _ = unit.handle(key)
        case .city: _ = city.handle(key)
        case .pin: _ = pin.handle(key)
        }
        return []
    }

    private mutating func submit(_ ctx: ScreenContext) -> [Command] {
        guard !submitting else { return [] }
        let l10n = ctx.l10n
        let trimmedUnit = unit.text.trimmingCharacters(in: .whitespaces)
        let trimmedCity = city.text.trimmingCharacters(in: .whitespaces)
        switch mode {
        case .edit(let user):
            submitting = true
            return [.run(.users(.edit(name: user.name, role: selectedRole, unit: trimmedUnit, city: trimmedCity)))]
        case .add(let taken):
            let newName = name.text.trimmingCharacters(in: .whitespaces)
            guard !newName.isEmpty else { return refuse(l10n(.formNameMissing), at: .name) }
            guard !taken.contains(newName) else { return refuse(l10n(.formNameTaken, ["name": newName]), at: .name) }
            guard (4...64).contains(pin.text.count) else { return refuse(l10n(.formPinLength), at: .pin) }
            submitting = true
            return [.run(.users(.add(UserDraft(name: newName, role: selectedRole, unit: trimmedUnit, city: trimmedCity,
                                                pin: pin.text))))]
        case .resetPin(let target):
            guard (4...64).contains(pin.text.count) else { return refuse(l10n(.formPinLength), at: .pin) }
            submitting = true
            return [.run(.users(.resetPin(name: target, pin: pin.text)))]
        }
    }

    private mutating func refuse(_ message: String, at field: Field) -> [Command] {
        error = message
        focus = field
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        // The list beneath shows the result (and selects a new user).
        receiveAnswer(reply) { if case .users = $0 { true } else { false } }
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    static func label(_ field: Field, _ l10n: Localizer) -> String {
        switch field {
        case .name: l10n(.columnName)
        case .role: l10n(.columnRole)
        case .unit: l10n(.columnUnit)
        case .city: l10n(.columnCity)
        case .pin: "PIN"
        }
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let width = min(region.width, 60)
        let footerY = fields.count * 2 + 1
        let hints = hintLines(l10n, width: width - 4)
        // Fields, the hint lines, a blank line and the border.
        let height = min(region.height, footerY + max(1, hints.count) + 3)
        let frame = region.region(Rect(x: (region.width - width) / 2, y: 1, width: width, height: height))
        let boxTitle: String
        switch mode {
        case .add: boxTitle = l10n(.userFormAddTitle)
        case .edit(let user): boxTitle = l10n(.userFormEditFor, ["name": user.name])
        case .resetPin(let target): boxTitle = l10n(.userFormResetFor, ["name": target])
        }
        let inner = Box(title: boxTitle).draw(into: frame, theme: theme)
        let labelWidth = fields.map { Self.label($0, l10n).displayWidth }.max() ?? 4
        for (i, field) in fields.enumerated() {
            let y = 1 + i * 2
            guard y < inner.height else { break }
            let focused = focus == field
            inner.put(Self.label(field, l10n).padded(toWidth: labelWidth, alignment: .right), x: 1, y: y,
                      style: theme[focused ? .accent : .normal])
            let fieldWidth = field == .role ? min(16, inner.width - labelWidth - 4) : inner.width - labelWidth - 4
            let fieldRegion = inner.region(Rect(x: labelWidth + 3, y: y, width: max(0, fieldWidth), height: 1))
            switch field {
            case .name: name.draw(into: fieldRegion, focused: focused, theme: theme)
            case .role: role.draw(into: fieldRegion, focused: focused, theme: theme)
            case .unit: unit.draw(into: fieldRegion, focused: focused, theme: theme)
            case .city: city.draw(into: fieldRegion, focused: focused, theme: theme)
            case .pin: pin.draw(into: fieldRegion, focused: focused, theme: theme)
            }
        }
        if let error {
            inner.put(error, x: 1, y: footerY, style: theme[.error], maxWidth: inner.width - 2)
        } else {
            for (i, line) in hints.enumerated() where footerY + i < inner.height {
                inner.put(line, x: 1, y: footerY + i, style: theme[.dim], maxWidth: inner.width - 2)
            }
        }
    }

    /// The form's keys from its key table (so they say what the status bar and help say), " · " between
    /// them, broken between keys onto as many lines as `width` needs.
    func hintLines(_ l10n: Localizer, width: Int) -> [String] {
        var lines: [String] = []
        for hint in keyTable().hintLine(l10n) {
            if let last = lines.last, (last + " · " + hint).displayWidth <= width {
                lines[lines.count - 1] = last + " · " + hint
            } else {
                lines.append(hint)
            }
        }
        return lines
    }
}
