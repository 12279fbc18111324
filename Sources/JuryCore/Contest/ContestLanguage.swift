/// A language the contest speaks: simplified Chinese or English.
public enum ContestLanguage: String, Codable, CaseIterable, Sendable {
    case zhHans = "zh-Hans"
    case en
}
