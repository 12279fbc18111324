/// Looks up a localized string and fills its `{name}` placeholders.
public struct Localizer: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    /// The string for `key` in this language, with `{placeholder}` replaced by `values`.
    public func callAsFunction(_ key: StringKey, _ values: [String: String] = [:]) -> String {
        let table = language == .zh ? Strings.allZh : Strings.allEn
        // A missing key is caught by the completeness test; fall back to the other language, then the key.
        let text = table[key] ?? (language == .zh ? Strings.allEn[key] : Strings.allZh[key]) ?? key.rawValue
        return values.isEmpty ? text : Self.fill(text, values)
    }

    /// Replaces each `{name}` with its value in one pass (names without a value stay as written). Done
    /// in Swift: Foundation's replacingOccurrences, once per value and through NSString, was a tenth
    /// of every redraw.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            out += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { out += value } else { out += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        out += rest
        return out
    }

    /// Picks one of two texts already held in both languages (labels from the contest definition).
    public func pick(zh: String, en: String) -> String { language == .zh ? zh : en }
}
