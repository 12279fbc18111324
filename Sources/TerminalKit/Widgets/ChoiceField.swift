/// Picks one of several options by cycling with ←/→ (or Space); shows ◀ option ▶ when focused.
public struct ChoiceField: FormField, Sendable, Equatable {
    public var options: [String]
    public private(set) var selectedIndex: Int

    public init(options: [String], selectedIndex: Int = 0) {
        self.options = options
        self.selectedIndex = options.isEmpty ? 0 : min(max(0, selectedIndex), options.count - 1)
    }

    /// The chosen option, or nil when there are none.
    public var selected: String? { options.isEmpty ? nil : options[selectedIndex] }

    public mutating func handle(_ key: Key) -> Bool {
        guard !options.isEmpty else { return false }
        switch key {
        case .left: selectedIndex = (selectedIndex + options.count - 1) % options.count
        case .right, .char(" "): selectedIndex = (selectedIndex + 1) % options.count
        default: return false
        }
        return true
    }

    public func draw(into region: Region, focused: Bool, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let style = theme[focused ? .inputFocused : .input]
        region.fill(Rect(x: 0, y: 0, width: region.width, height: 1), style: style)
        let inner = max(0, region.width - 4)
        region.put(focused ? "◀" : " ", x: 0, y: 0, style: style)
        region.put(selected ?? "", x: 2, y: 0, width: inner, alignment: .center, style: style)
        if region.width >= 3 { region.put(focused ? "▶" : " ", x: region.width - 1, y: 0, style: style) }
    }
}
