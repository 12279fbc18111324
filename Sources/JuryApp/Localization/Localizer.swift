/// Looks up a localized string and fills its `{name}` placeholders.
public struct Localizer: Sendable {
    public var language: Language

    public init(_ language: Language) { self.language = language }

    /// The string for `key` in this language, with `{placeholder}` replaced by `values`.
    public func callAsFunction(_ key: StringKey, _ values: [String: String] = [:]) -> String {
        let table = language == .zh ? Strings.allZh : Strings.allEn
        // A missing key is caught by the completeness test; fall back to the other language, then the key.
        var text = table[key] ?? (language == .zh ? Strings.allEn[key] : Strings.allZh[key]) ?? key.rawValue
        for (name, value) in values { text = text.replacingOccurrences(of: "{\(name)}", with: value) }
        return text
    }

    /// Picks one of two texts already held in both languages (labels from the contest definition).
    public func pick(zh: String, en: String) -> String { language == .zh ? zh : en }
}
