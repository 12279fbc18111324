/// What an automatic check measures and its threshold, as written in the definition's `rule` object.
public enum CheckRule: Hashable, Codable, Sendable {
    /// The creator declared union membership (职工会员).
    case unionMember
    /// The main account is at least this many whole months old on `measuredOn` (or on the
    /// evaluation day when the definition leaves it out).
    case accountAge(minimumMonths: Int, measuredOn: CalendarDay?)
    /// The main account's share of original content is at least this percentage.
    case originalContent(minimumPercent: Int)
    /// Followers at least `minimum`, counted over all accounts or on the main account only.
    case followers(minimum: Int, basis: FollowerBasis)
    /// One past excellent work is present.
    case pastWorkPresent
    /// The entry video lasts at most this many seconds.
    case videoDuration(maximumSeconds: Int)
    /// The entry video's shorter side has at least this many pixels (720 = 高清).
    case videoResolution(minimumPixels: Int)
    /// The entry video was posted with the contest hashtag.
    case hashtagPosted(hashtag: String)
    /// The entry video's topic is one of these.
    case topic(allowed: [Topic])

    /// The `measure` names used in JSON.
    public enum Measure: String, CaseIterable, Sendable {
        case unionMember, accountAgeMonths, originalPercent, followers, pastWork
        case videoDurationSeconds, videoResolution, hashtag, topic
    }

    /// Which follower count the threshold applies to.
    public enum FollowerBasis: String, Codable, CaseIterable, Sendable {
        /// Summed over all the creator's accounts (`Entrant.totalFollowers`).
        case total
        /// The account with the most followers (`Entrant.mainAccount`).
        case mainAccount
    }

    public var measure: Measure {
        switch self {
        case .unionMember: .unionMember
        case .accountAge: .accountAgeMonths
        case .originalContent: .originalPercent
        case .followers: .followers
        case .pastWorkPresent: .pastWork
        case .videoDuration: .videoDurationSeconds
        case .videoResolution: .videoResolution
        case .hashtagPosted: .hashtag
        case .topic: .topic
        }
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case measure, minimum, maximum, basis, measuredOn, hashtag, allowed
    }

    private static func keys(for measure: Measure) -> Set<String> {
        switch measure {
        case .unionMember, .pastWork: ["measure"]
        case .accountAgeMonths: ["measure", "minimum", "measuredOn"]
        case .originalPercent: ["measure", "minimum"]
        case .followers: ["measure", "minimum", "basis"]
        case .videoDurationSeconds: ["measure", "maximum"]
        case .videoResolution: ["measure", "minimum"]
        case .hashtag: ["measure", "hashtag"]
        case .topic: ["measure", "allowed"]
        }
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let measure = try c.choice(Measure.self, .measure)
        // A key valid for another measure is still a mistake here (e.g. `maximum` on followers).
        let allowed = Self.keys(for: measure)
        if let stray = c.allKeys.map(\.stringValue).filter({ !allowed.contains($0) }).sorted().first {
            throw ContestDefinitionError.unknownKey(path: DefinitionKeyPath.render(c.codingPath + [AnyCodingKey(stray)]))
        }
        func nonNegative(_ key: CodingKeys) throws -> Int {
            let value = try c.decode(Int.self, forKey: key)
            guard value >= 0 else {
                throw ContestDefinitionError.outOfRange(path: c.path(key), value: "\(value)", range: "≥ 0")
            }
            return value
        }
        switch measure {
        case .unionMember: self = .unionMember
        case .pastWork: self = .pastWorkPresent
        case .accountAgeMonths:
            self = .accountAge(minimumMonths: try nonNegative(.minimum),
                               measuredOn: c.contains(.measuredOn) ? try c.day(.measuredOn) : nil)
        case .originalPercent:
            let percent = try nonNegative(.minimum)
            guard percent <= 100 else {
                throw ContestDefinitionError.outOfRange(path: c.path(.minimum), value: "\(percent)", range: "0...100")
            }
            self = .originalContent(minimumPercent: percent)
        case .followers:
            self = .followers(minimum: try nonNegative(.minimum), basis: try c.choice(FollowerBasis.self, .basis))
        case .videoDurationSeconds: self = .videoDuration(maximumSeconds: try nonNegative(.maximum))
        case .videoResolution: self = .videoResolution(minimumPixels: try nonNegative(.minimum))
        case .hashtag:
            let tag = try c.decode(String.self, forKey: .hashtag)
            guard !tag.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw ContestDefinitionError.outOfRange(path: c.path(.hashtag), value: "\"\"", range: "non-empty")
            }
            self = .hashtagPosted(hashtag: tag)
        case .topic:
            var list = try c.nestedUnkeyedContainer(forKey: .allowed)
            var topics: [Topic] = []
            while !list.isAtEnd {
                let path = DefinitionKeyPath.render(c.codingPath + [CodingKeys.allowed, AnyCodingKey(intValue: list.currentIndex) ?? AnyCodingKey("")])
                let text = try list.decode(String.self)
                guard let topic = Topic(rawValue: text) else {
                    throw ContestDefinitionError.invalidValue(path: path, value: text, allowed: Topic.allCases.map(\.rawValue))
                }
                topics.append(topic)
            }
            guard !topics.isEmpty else {
                throw ContestDefinitionError.outOfRange(path: c.path(.allowed), value: "[]", range: "at least one topic")
            }
            self = .topic(allowed: topics)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(measure.rawValue, forKey: .measure)
        switch self {
        case .unionMember, .pastWorkPresent: break
        case .accountAge(let months, let day):
            try c.encode(months, forKey: .minimum)
            try c.encodeIfPresent(day?.description, forKey: .measuredOn)
        case .originalContent(let percent): try c.encode(percent, forKey: .minimum)
        case .followers(let minimum, let basis):
            try c.encode(minimum, forKey: .minimum)
            try c.encode(basis, forKey: .basis)
        case .videoDuration(let seconds): try c.encode(seconds, forKey: .maximum)
        case .videoResolution(let pixels): try c.encode(pixels, forKey: .minimum)
        case .hashtagPosted(let tag): try c.encode(tag, forKey: .hashtag)
        case .topic(let topics): try c.encode(topics.map(\.rawValue), forKey: .allowed)
        }
    }
}
