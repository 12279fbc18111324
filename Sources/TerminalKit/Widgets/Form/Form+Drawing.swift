// Drawing a form: one line per row (a list takes one per option), a blank line before each group
// heading after the first, and the button row after a blank line. When the form is taller than
// its region it scrolls just enough to keep the focused row or button in view.
extension Form {
    /// Where each row and the button row go, in lines from the top of the form.
    struct LinePlan {
        var rowTop: [Int]
        var buttonsTop: Int?
        var height: Int
    }

    func linePlan() -> LinePlan {
        var y = 0
        var tops: [Int] = []
        for (index, row) in rows.enumerated() {
            if case .heading = row.control, index > 0 { y += 1 }
            tops.append(y)
            y += row.control.height
        }
        var buttonsTop: Int?
        if !buttons.isEmpty {
            if !rows.isEmpty { y += 1 }
            buttonsTop = y
            y += 1
        }
        return LinePlan(rowTop: tops, buttonsTop: buttonsTop, height: y)
    }

    /// The label column width used in a region of this width.
    func effectiveLabelWidth(regionWidth: Int) -> Int {
        if let labelWidth { return max(0, min(labelWidth, regionWidth)) }
        let widest = rows.filter { !isHeading($0) }.map(\.label.displayWidth).max() ?? 0
        return min(widest, max(4, regionWidth / 3))
    }

    private func isHeading(_ row: FormRow) -> Bool {
        if case .heading = row.control { return true }
        return false
    }

    /// Draws the form into `region`; the focused text or number field sets the terminal cursor.
    public func draw(into region: Region, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let plan = linePlan()
        let focusTop: Int
        let focusHeight: Int
        switch focus {
        case .row(let id)?:
            let index = rows.firstIndex { $0.id == id } ?? 0
            focusTop = plan.rowTop.indices.contains(index) ? plan.rowTop[index] : 0
            focusHeight = rows.indices.contains(index) ? rows[index].control.height : 1
        case .button?:
            focusTop = plan.buttonsTop ?? 0
            focusHeight = 1
        case nil:
            focusTop = 0
            focusHeight = 1
        }
        let offset = max(0, min(focusTop + focusHeight - region.height, plan.height - region.height, focusTop))
        let labelWidth = effectiveLabelWidth(regionWidth: region.width)
        let fieldX = labelWidth + 2
        for (index, row) in rows.enumerated() {
            let y = plan.rowTop[index] - offset
            guard y + row.control.height > 0, y < region.height else { continue }
            let isFocused = focus == .row(row.id)
            drawRow(row, y: y, labelWidth: labelWidth, fieldX: fieldX, focused: isFocused, into: region, theme: theme)
        }
        if let top = plan.buttonsTop, top - offset < region.height {
            drawButtons(y: top - offset, x: fieldX, into: region, theme: theme)
        }
    }

    private func drawRow(_ row: FormRow, y: Int, labelWidth: Int, fieldX: Int, focused: Bool, into region: Region, theme: Theme) {
        if case .heading(let showsSubtotal) = row.control {
            region.put(row.label, x: 0, y: y, style: theme[.title], maxWidth: region.width)
            if showsSubtotal {
                let sum = subtotal(ofHeading: row.id)
                let text = NumberField.format(sum.value) + " / " + NumberField.format(sum.maximum)
                let x = max(row.label.displayWidth + 1, region.width - text.displayWidth)
                region.put(text, x: x, y: y, style: theme[.accent], maxWidth: region.width - x)
            }
            return
        }
        let labelStyle = focused ? theme[.accent] : theme[.normal]
        region.put(row.label, x: 0, y: y, width: labelWidth, alignment: .left, style: labelStyle)
        let room = max(0, region.width - fieldX)
        let fieldWidth: Int
        switch row.control {
        case .number: fieldWidth = min(numberWidth, room)
        case .text: fieldWidth = min(textWidth ?? max(room - noteRoom(row, room: room), room / 2), room)
        case .choice(let field): fieldWidth = min((field.options.map(\.displayWidth).max() ?? 0) + 4, room)
        case .list(let field): fieldWidth = min((field.options.map(\.displayWidth).max() ?? 0) + 2, room)
        case .readOnly, .heading: fieldWidth = room
        }
        let field = region.region(Rect(x: fieldX, y: y, width: fieldWidth, height: row.control.height))
        switch row.control {
        case .number(let number): number.draw(into: field, focused: focused, theme: theme)
        case .text(let text): text.draw(into: field, focused: focused, theme: theme)
        case .choice(let choice): choice.draw(into: field, focused: focused, theme: theme)
        case .list(let list): list.draw(into: field, focused: focused, theme: theme)
        case .readOnly(let value): field.put(value, x: 0, y: 0, style: theme[.dim], maxWidth: fieldWidth)
        case .heading: break
        }
        // The error (or else the hint) goes beside the field, on its first line.
        let noteX = fieldX + fieldWidth + 1
        guard noteX < region.width else { return }
        if let error = row.shownError {
            region.put(error, x: noteX, y: y, style: theme[.error], maxWidth: region.width - noteX)
        } else if let hint = row.hint {
            region.put(hint, x: noteX, y: y, style: theme[.dim], maxWidth: region.width - noteX)
        }
    }

    /// Cells kept beside a full-line text field for its error, if it has one.
    private func noteRoom(_ row: FormRow, room: Int) -> Int {
        guard let error = row.shownError else { return 0 }
        return min(error.displayWidth + 1, room / 2)
    }

    private func drawButtons(y: Int, x: Int, into region: Region, theme: Theme) {
        var cx = min(x, max(0, region.width - buttons.map { $0.title.displayWidth + 6 }.reduce(0, +)))
        for button in buttons {
            let isFocused = focus == .button(button.id)
            let label = "[ " + button.title + " ]"
            cx = region.put(label, x: cx, y: y, style: theme[isFocused ? .buttonFocused : .button]) + 2
        }
    }
}
