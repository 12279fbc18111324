/// One row of a `Form`: an id the app reads values by, a label, a control and an error shown beside it.
public struct FormRow: Sendable, Equatable {
    public var id: String
    public var label: String
    public var control: FormControl
    /// Submitting checks that a required number or text field is not empty.
    public var isRequired: Bool
    /// Shown beside the field in the error style; set by the form when a check fails, or by the app.
    /// A number field's own refusal message is shown when this is nil.
    public var error: String?
    /// Shown dimmed beside the field when there is no error (e.g. "/ 10.0").
    public var hint: String?

    public init(id: String, label: String, control: FormControl, isRequired: Bool = false, hint: String? = nil) {
        self.id = id
        self.label = label
        self.control = control
        self.isRequired = isRequired
        self.hint = hint
    }

    /// A group heading, with a live subtotal of the number fields under it unless `showsSubtotal` is false.
    public static func heading(id: String, title: String, showsSubtotal: Bool = true) -> FormRow {
        FormRow(id: id, label: title, control: .heading(showsSubtotal: showsSubtotal))
    }

    /// A score field in tenths: 0…`maximum` on a grid of `step` (max 1000, step 5 is 0.0–100.0 in halves).
    public static func number(id: String, label: String, value: Int? = nil, maximum: Int, step: Int = 1, minimum: Int = 0,
                              messages: NumberField.Messages = NumberField.Messages(), isRequired: Bool = true) -> FormRow {
        let field = NumberField(value: value, range: minimum...max(minimum, maximum), step: step, messages: messages)
        return FormRow(id: id, label: label, control: .number(field), isRequired: isRequired,
                       hint: "/ " + NumberField.format(max(minimum, maximum)))
    }

    /// A one-line text field (a comment or a reason), optional unless `isRequired`.
    public static func text(id: String, label: String, text: String = "", maxLength: Int? = nil, placeholder: String = "",
                            isMasked: Bool = false, isRequired: Bool = false) -> FormRow {
        FormRow(id: id, label: label,
                control: .text(TextField(text: text, isMasked: isMasked, maxLength: maxLength, placeholder: placeholder)),
                isRequired: isRequired)
    }

    /// Options cycled with ←/→ on one line.
    public static func choice(id: String, label: String, options: [String], selectedIndex: Int = 0) -> FormRow {
        FormRow(id: id, label: label, control: .choice(ChoiceField(options: options, selectedIndex: selectedIndex)))
    }

    /// Options listed one per line, chosen with ↑/↓.
    public static func list(id: String, label: String, options: [String], selectedIndex: Int = 0) -> FormRow {
        FormRow(id: id, label: label, control: .list(ChoiceList(options: options, selectedIndex: selectedIndex)))
    }

    /// A value shown and skipped by focus.
    public static func readOnly(id: String, label: String, value: String) -> FormRow {
        FormRow(id: id, label: label, control: .readOnly(value))
    }

    /// The error to show: the app's or the check's, else the number field's refusal.
    public var shownError: String? {
        if let error { return error }
        if case .number(let field) = control { return field.message }
        return nil
    }
}
