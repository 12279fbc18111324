import Foundation

/// A whole contest as data — calendar, review checks, jury rubric, vote blending, awards —
/// decoded strictly from a JSON file so a second contest needs no code change.
public struct ContestDefinition: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var title: LocalizedText
    public var note: LocalizedText?
    public var defaultLanguage: ContestLanguage
    /// IANA identifier (Asia/Shanghai); dates in the file and on screen are days in this zone.
    public var timeZone: String
    public var phases: [ContestPhase]
    public var deadlines: [ContestDeadline]
    /// The creator and the account.
    public var roundOne: ReviewRound
    /// The past work and the entry video.
    public var roundTwo: ReviewRound
    public var rubric: Rubric
    public var voting: VotingPolicy
    public var awards: AwardPlan

    public init(id: String, title: LocalizedText, note: LocalizedText? = nil, defaultLanguage: ContestLanguage,
                timeZone: String, phases: [ContestPhase], deadlines: [ContestDeadline], roundOne: ReviewRound,
                roundTwo: ReviewRound, rubric: Rubric, voting: VotingPolicy, awards: AwardPlan) {
        self.id = id
        self.title = title
        self.note = note
        self.defaultLanguage = defaultLanguage
        self.timeZone = timeZone
        self.phases = phases
        self.deadlines = deadlines
        self.roundOne = roundOne
        self.roundTwo = roundTwo
        self.rubric = rubric
        self.voting = voting
        self.awards = awards
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case id, title, note, defaultLanguage, timeZone, phases, deadlines, roundOne, roundTwo, rubric, voting, awards
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(LocalizedText.self, forKey: .title)
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
        defaultLanguage = try c.choice(ContestLanguage.self, .defaultLanguage)
        timeZone = try c.decode(String.self, forKey: .timeZone)
        phases = try c.decode([ContestPhase].self, forKey: .phases)
        deadlines = try c.decode([ContestDeadline].self, forKey: .deadlines)
        roundOne = try c.decode(ReviewRound.self, forKey: .roundOne)
        roundTwo = try c.decode(ReviewRound.self, forKey: .roundTwo)
        rubric = try c.decode(Rubric.self, forKey: .rubric)
        voting = try c.decode(VotingPolicy.self, forKey: .voting)
        awards = try c.decode(AwardPlan.self, forKey: .awards)
    }

    // MARK: Loading

    /// Decodes and validates a definition; every failure names the JSON key path.
    public static func decode(_ data: Data) throws(ContestDefinitionError) -> ContestDefinition {
        // Duplicate keys, trailing commas and absurd numbers first, each with its key path.
        try StrictJSONSyntax.check(data)
        let definition: ContestDefinition
        do {
            definition = try JSONDecoder().decode(ContestDefinition.self, from: data)
        } catch let error as ContestDefinitionError {
            throw error
        } catch let error as DecodingError {
            throw ContestDefinitionError(error)
        } catch {
            throw .malformedJSON(reason: "\(error)")
        }
        try definition.validate()
        return definition
    }

    /// Reads, decodes and validates the definition file at `url`.
    public static func load(from url: URL) throws(ContestDefinitionError) -> ContestDefinition {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .unreadableFile(file: url.path, reason: error.localizedDescription)
        }
        return try decode(data)
    }

    // MARK: Calendar

    /// The contest's time zone; UTC only if the identifier is unknown, which `validate()` refuses.
    public var zone: TimeZone { TimeZone(identifier: timeZone) ?? TimeZone(secondsFromGMT: 0) ?? .current }

    /// The calendar day an instant falls on in the contest's time zone.
    public func day(of instant: Date) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return CalendarDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    /// The phase covering the day, or nil between or outside phases.
    public func phase(on day: CalendarDay) -> ContestPhase? { phases.first { $0.contains(day) } }

    /// The phase covering the instant, judged by the day it is in the contest's time zone.
    public func phase(at instant: Date) -> ContestPhase? { phase(on: day(of: instant)) }

    /// The phase sub-step covering the day (e.g. round-one review), if any.
    public func step(on day: CalendarDay) -> PhaseStep? { phase(on: day)?.step(on: day) }

    /// The deadline with this id.
    public func deadline(_ id: String) -> ContestDeadline? { deadlines.first { $0.id == id } }

    /// The check with this id, in either round.
    public func check(_ id: String) -> ReviewCheck? { roundOne.check(id) ?? roundTwo.check(id) }
}
