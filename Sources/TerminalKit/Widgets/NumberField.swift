/// A score entry field holding integer tenths (8.5 is 85), with bounds, a step, and typed input.
///
/// Digits and one '.' (one decimal place) are typed — full-width digits from a Chinese input
/// method count as digits; Up/Down or +/- step the value. A key is refused on the spot, with
/// `message` set, when no value reachable by typing on could be within the bounds and on the
/// step (with step 0.5, "4.2" is refused while "4.5" is accepted). Enter is not consumed: call `commit()`.
public struct NumberField: FormField, Sendable, Equatable {
    /// Texts shown when input is rejected, so the app can localize them.
    public struct Messages: Sendable {
        /// Given the formatted minimum and maximum.
        public var outOfRange: @Sendable (String, String) -> String
        public var empty: String
        /// Shown when a key would make the text something other than a number with one decimal.
        public var format: String
        /// Given the formatted minimum, maximum and step: used instead of `outOfRange` when the step is not 0.1.
        public var outOfStep: @Sendable (String, String, String) -> String

        public init(outOfRange: @escaping @Sendable (String, String) -> String = { "must be between \($0) and \($1)" },
                    empty: String = "enter a number", format: String = "use digits and at most one decimal place",
                    outOfStep: @escaping @Sendable (String, String, String) -> String = { "must be between \($0) and \($1) in steps of \($2)" }) {
            self.outOfRange = outOfRange
            self.empty = empty
            self.format = format
            self.outOfStep = outOfStep
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
        // Fifteen whole digits at most, so that converting to tenths cannot overflow.
        guard !text.isEmpty, parts.count <= 2, parts[0].count <= 15, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let whole = Int(parts[0].isEmpty ? "0" : parts[0]), whole >= 0 else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.count <= 1, fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return whole * 10 + (Int(fraction) ?? 0)
    }

    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let raw):
            guard let c = NumberField.asciiDigitOrPoint(raw) else {
                if raw == "+" || raw == "=" { stepBy(step); return true }
                if raw == "-" { stepBy(-step); return true }
                return false
            }
            let candidate = text + String(c)
            guard NumberField.parse(candidate) != nil || candidate == "." else { return reject(messages.format) }
            guard isReachable(candidate) else { return reject(rangeMessage) }
            text = candidate
            message = nil
        case .up: stepBy(step)
        case .down: stepBy(-step)
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

    /// True when `value` lies on the step grid that starts at the lower bound.
    public func isOnStep(_ value: Int) -> Bool {
        (value - range.lowerBound) % step == 0
    }

    /// Whether typing on from `candidate` can still give a value within the bounds and on the step.
    private func isReachable(_ candidate: String) -> Bool {
        let parts = candidate.split(separator: ".", omittingEmptySubsequences: false)
        let whole = Int(parts[0].isEmpty ? "0" : parts[0]) ?? 0
        if parts.count == 2, !parts[1].isEmpty {
            // One decimal is all there may be: the value is final.
            let v = whole * 10 + (Int(parts[1]) ?? 0)
            return range.contains(v) && isOnStep(v)
        }
        // "4" or "4.": any tenth digit may follow.
        for digit in 0...9 where range.contains(whole * 10 + digit) && isOnStep(whole * 10 + digit) { return true }
        // Without a point, more whole digits may follow; they only make the number larger.
        if parts.count == 1, whole > 0 || !parts[0].isEmpty, whole * 100 <= range.upperBound { return true }
        return false
    }

    /// The ASCII digit or point for a typed character, mapping full-width forms (４, ．, 。).
    private static func asciiDigitOrPoint(_ c: Character) -> Character? {
        if c.isASCII, c.isNumber || c == "." { return c }
        if c == "．" || c == "。" { return "." }
        guard let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
              (0xFF10...0xFF19).contains(scalar.value), let ascii = Unicode.Scalar(scalar.value - 0xFF10 + 0x30) else { return nil }
        return Character(ascii)
    }

    /// Checks the text before saving: true when it is a number within bounds and on the step; otherwise sets `message`.
    public mutating func commit() -> Bool {
        guard let v = NumberField.parse(text) else {
            message = text.isEmpty ? messages.empty : rangeMessage
            return false
        }
        guard range.contains(v), isOnStep(v) else { message = rangeMessage; return false }
        text = NumberField.format(v)
        message = nil
        return true
    }

    /// The message that states the allowed range (and the step, when it is not 0.1).
    public var rangeMessage: String {
        let low = NumberField.format(range.lowerBound), high = NumberField.format(range.upperBound)
        return step == 1 ? messages.outOfRange(low, high) : messages.outOfStep(low, high, NumberField.format(step))
    }

    private mutating func reject(_ why: String?) -> Bool {
        message = why ?? rangeMessage
        return true
    }

    /// Moves to the next value on the step grid (a value typed off the grid snaps onto it).
    private mutating func stepBy(_ delta: Int) {
        guard let current = NumberField.parse(text) else {
            text = NumberField.format(delta > 0 ? range.lowerBound : lastOnStep)
            message = nil
            return
        }
        let offset = current - range.lowerBound
        let below = range.lowerBound + NumberField.floorDivide(offset, step) * step
        let next: Int
        if delta > 0 {
            next = below + step
        } else {
            next = below == current ? current - step : below
        }
        if next > range.upperBound || next < range.lowerBound {
            text = NumberField.format(next > range.upperBound ? lastOnStep : range.lowerBound)
            message = rangeMessage
        } else {
            text = NumberField.format(next)
            message = nil
        }
    }

    /// The largest value on the step grid within the bounds.
    private var lastOnStep: Int {
        range.lowerBound + (range.upperBound - range.lowerBound) / step * step
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int {
        a >= 0 ? a / b : -((-a + b - 1) / b)
    }

    /// Fields are equal when they edit the same text with the same bounds, step and message; the
    /// message closures are presentation and are not compared.
    public static func == (a: NumberField, b: NumberField) -> Bool {
        a.range == b.range && a.step == b.step && a.text == b.text && a.message == b.message
    }

    public func draw(into region: Region, focused: Bool, theme: Theme = .default) {
        guard region.width > 0, region.height > 0 else { return }
        let style = theme[focused ? .inputFocused : .input]
        region.put(text, x: 0, y: 0, width: region.width, alignment: .left, style: style)
        if focused { region.setCursor(x: min(text.displayWidth, region.width - 1), y: 0) }
        if let message, region.height > 1 { region.put(message, x: 0, y: 1, width: region.width, alignment: .left, style: theme[.error]) }
    }
}
