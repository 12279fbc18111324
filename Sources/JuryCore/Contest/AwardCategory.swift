/// One award (e.g. 最具创新, 15 winners) with the keys that rank candidates for it.
public struct AwardCategory: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    public var count: Int
    /// Ranking keys, most important first; later keys break ties of earlier ones.
    public var ranking: [RankingKey]
    /// Candidates must have fewer total followers than this to be eligible (最具潜力), when set.
    public var maxFollowers: Int?
    public var note: LocalizedText?

    public init(id: String, label: LocalizedText, count: Int, ranking: [RankingKey], maxFollowers: Int? = nil,
                note: LocalizedText? = nil) {
        self.id = id
        self.label = label
        self.count = count
        self.ranking = ranking
        self.maxFollowers = maxFollowers
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, count, ranking, maxFollowers, note }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        count = try c.decode(Int.self, forKey: .count)
        var list = try c.nestedUnkeyedContainer(forKey: .ranking)
        var keys: [RankingKey] = []
        while !list.isAtEnd {
            let path = DefinitionKeyPath.render(
                c.codingPath + [CodingKeys.ranking, AnyCodingKey(intValue: list.currentIndex) ?? AnyCodingKey("")])
            let text = try list.decode(String.self)
            guard let key = RankingKey(text) else {
                throw ContestDefinitionError.invalidValue(path: path, value: text,
                                                          allowed: ["combined", "jury", "votes", "criterion:<id>"])
            }
            keys.append(key)
        }
        ranking = keys
        maxFollowers = try c.decodeIfPresent(Int.self, forKey: .maxFollowers)
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(count, forKey: .count)
        try c.encode(ranking.map(\.description), forKey: .ranking)
        try c.encodeIfPresent(maxFollowers, forKey: .maxFollowers)
        try c.encodeIfPresent(note, forKey: .note)
    }
}

/// A value candidates are ordered by, highest first; written `combined`, `jury`, `votes` or `criterion:<id>`.
public enum RankingKey: Hashable, Sendable, CustomStringConvertible {
    /// The combined jury + vote score.
    case combined
    /// The aggregated jury score alone.
    case jury
    /// Raw public votes.
    case votes
    /// The aggregated score of one rubric criterion.
    case criterion(String)

    public init?(_ text: String) {
        switch text {
        case "combined": self = .combined
        case "jury": self = .jury
        case "votes": self = .votes
        default:
            let prefix = "criterion:"
            guard text.hasPrefix(prefix), text.count > prefix.count else { return nil }
            self = .criterion(String(text.dropFirst(prefix.count)))
        }
    }

    public var description: String {
        switch self {
        case .combined: "combined"
        case .jury: "jury"
        case .votes: "votes"
        case .criterion(let id): "criterion:\(id)"
        }
    }
}
