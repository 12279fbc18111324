/// A vertical list of options with one chosen (↑/↓, Home/End), e.g. the reasons in a decision dialog.
///
/// At the first or last option ↑ or ↓ is not used, so a form can move focus on past the list.
public struct ChoiceList: FormField, Sendable, Equatable {
    public var options: [String]
    public private(set) var selectedIndex: Int

    public init(options: [String], selectedIndex: Int = 0) {
        self.options = options
        self.selectedIndex = options.isEmpty ? 0 : min(max(0, selectedIndex), options.count - 1)
    }

    /// The chosen option, or nil when there are none.
    public var selected: String? { options.isEmpty ? nil : options[selectedIndex] }

    /// Chooses an option by index (clamped to the list).
    public mutating func select(_ index: Int) {
        selectedIndex = options.isEmpty ? 0 : min(max(0, index), options.count - 1)
    }

    public mutating func handle(_ key: Key) -> Bool {
        guard !options.isEmpty else { return false }
        switch key {
        case .up where selectedIndex > 0: selectedIndex -= 1
        case .down where selectedIndex < options.count - 1: selectedIndex += 1
        case .home: selectedIndex = 0
        case .end: selectedIndex = options.count - 1
        default: return false
        }
        return true
    }

    /// Draws one option per line, the chosen one marked with "●" (and highlighted while focused).
    public func draw(into region: Region, focused: Bool, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        // Keep the chosen option in view when the list is taller than the region.
        let first = max(0, min(selectedIndex - region.height + 1, options.count - region.height))
        for (line, index) in (first..<options.count).prefix(region.height).enumerated() {
            let isChosen = index == selectedIndex
            let style = isChosen ? (focused ? theme[.inputFocused] : theme[.normal].adding(.bold)) : theme[.normal]
            let row = (isChosen ? "● " : "○ ") + options[index]
            region.put(row, x: 0, y: line, width: region.width, alignment: .left, style: style)
        }
        if focused { region.setCursor(x: 0, y: selectedIndex - first) }
    }
}
