import Foundation

/// A label written in both contest languages (`{ "zh": ..., "en": ... }` in the definition file).
public struct LocalizedText: Hashable, Codable, Sendable, CustomStringConvertible {
    public var zh: String
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    private enum CodingKeys: String, CodingKey, CaseIterable { case zh, en }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        zh = try c.decode(String.self, forKey: .zh)
        en = try c.decode(String.self, forKey: .en)
        // Every label in a definition is shown somewhere; an empty one is a mistake, not a choice.
        if zh.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ContestDefinitionError.emptyText(path: c.path(.zh)) }
        if en.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw ContestDefinitionError.emptyText(path: c.path(.en)) }
    }

    /// The text in the given language.
    public func text(_ language: ContestLanguage) -> String {
        switch language {
        case .zhHans: zh
        case .en: en
        }
    }

    /// Both texts, Chinese first, for logs and messages shown before a language is chosen.
    public var description: String { zh == en ? zh : "\(zh) / \(en)" }
}
