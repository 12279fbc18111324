/// A score entry field holding integer tenths (8.5 is 85), with bounds, a step, and typed input.
///
/// Digits and one '.' (one decimal place) are typed; Up/Down or +/- step the value; input that
/// would exceed the bounds is rejected with `message` set. Enter is not consumed: call `commit()`.
public struct NumberField: FormField, Sendable {
    /// Texts shown when input is rejected, so the app can localize them.
    public struct Messages: Sendable {
        /// Given the formatted minimum and maximum.
        public var outOfRange: @Sendable (String, String) -> String
        public var empty: String
        /// Shown when a key would make the text something other than a number with one decimal.
        public var format: String

        public init(outOfRange: @escaping @Sendable (String, String) -> String = { "must be between \($0) and \($1)" },
                    empty: String = "enter a number", format: String = "use digits and at most one decimal place") {
            self.outOfRange = outOfRange
            self.empty = empty
            self.format = format
        }
    }

    public let range: ClosedRange<Int>
    public var step: Int
    public var messages: Messages
    /// The text being edited.
    public private(set) var text: String
    /// Why the last key or `commit()` was rejected; cleared by the next accepted key.
    public private(set) var message: String?

    public init(value: Int?, range: ClosedRange<Int>, step: Int = 1, messages: Messages = Messages()) {
        self.range = range
        self.step = max(1, step)
        self.messages = messages
        text = value.map(NumberField.format) ?? ""
    }

    /// The value in tenths if the text is a number within the bounds.
    public var value: Int? {
        guard let v = NumberField.parse(text), range.contains(v) else { return nil }
        return v
    }

    /// Replaces the value (nil empties the field) and clears any message.
    public mutating func setValue(_ tenths: Int?) {
        text = tenths.map(NumberField.format) ?? ""
        message = nil
    }

    /// Formats tenths for display: 85 → "8.5", 100 → "10.0", -5 → "-0.5".
    public static func format(_ tenths: Int) -> String {
        let sign = tenths < 0 ? "-" : ""
        return "\(sign)\(abs(tenths) / 10).\(abs(tenths) % 10)"
    }

    /// Parses "8", "8.", "8.5" into tenths (nil for anything else).
    public static func parse(_ text: String) -> Int? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, parts.count <= 2, let whole = Int(parts[0].isEmpty ? "0" : parts[0]), whole >= 0 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 1, fraction.allSatisfy(\.isNumber) else { return nil }
        return whole * 10 + (Int(fraction) ?? 0)
    }

    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c) where c.isASCII && (c.isNumber || c == "."):
            let candidate = text + String(c)
            guard NumberField.parse(candidate) != nil || candidate == "." else { return reject(messages.format) }
            if let v = NumberField.parse(candidate), v > range.upperBound { return reject(rangeMessage) }
            text = candidate
            message = nil
        case .up, .char("+"), .char("="): stepBy(step)
        case .down, .char("-"): stepBy(-step)
        case .backspace:
            if !text.isEmpty { text.removeLast() }
            message = nil
        case .delete, .ctrl("u"):
            text = ""
            message = nil
        default:
            return false
        }
        return true
    }

    /// Checks the text before saving: true when it is a number within bounds; otherwise sets `message`.
    public mutating func commit() -> Bool {
        guard let v = NumberField.parse(text) else {
            message = text.isEmpty ? messages.empty : rangeMessage
            return false
        }
        guard range.contains(v) else { message = rangeMessage; return false }
        text = NumberField.format(v)
        message = nil
        return true
    }

    private var rangeMessage: String {
        messages.outOfRange(NumberField.format(range.lowerBound), NumberField.format(range.upperBound))
    }

    private mutating func reject(_ why: String?) -> Bool {
        message = why ?? rangeMessage
        return true
    }

    private mutating func stepBy(_ delta: Int) {
        let current = NumberField.parse(text) ?? (delta > 0 ? range.lowerBound - delta : range.upperBound - delta)
        let next = current + delta
        if next > range.upperBound || next < range.lowerBound {
            text = NumberField.format(min(max(next, range.lowerBound), range.upperBound))
            message = rangeMessage
        } else {
            text = NumberField.format(next)
            message = nil
        }
    }

    public func draw(into region: Region, focused: Bool, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let style = theme[focused ? .inputFocused : .input]
        region.put(text, x: 0, y: 0, width: region.width, alignment: .left, style: style)
        if focused { region.setCursor(x: min(text.displayWidth, region.width - 1), y: 0) }
        if let message, region.height > 1 { region.put(message, x: 0, y: 1, width: region.width, alignment: .left, style: theme[.error]) }
    }
}
