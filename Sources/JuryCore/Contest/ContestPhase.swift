/// One stage of the contest calendar (推广, 征集, 评选投票, 总结展示) with its inclusive dates.
public struct ContestPhase: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// First day, inclusive, in the contest's time zone.
    public var start: CalendarDay
    /// Last day, inclusive.
    public var end: CalendarDay
    /// Sub-steps inside the phase (round one, round two, voting, jury scoring in September).
    public var steps: [PhaseStep]

    public init(id: String, label: LocalizedText, start: CalendarDay, end: CalendarDay, steps: [PhaseStep] = []) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
        self.steps = steps
    }

    /// Whether the day falls within the phase, both ends included.
    public func contains(_ day: CalendarDay) -> Bool { start <= day && day <= end }

    /// The sub-step that covers the day, if any.
    public func step(on day: CalendarDay) -> PhaseStep? { steps.first { $0.start <= day && day <= $0.end } }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, start, end, steps }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        start = try c.day(.start)
        end = try c.day(.end)
        steps = try c.decodeIfPresent([PhaseStep].self, forKey: .steps) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(start.description, forKey: .start)
        try c.encode(end.description, forKey: .end)
        try c.encode(steps, forKey: .steps)
    }
}

/// A dated sub-step of a phase, e.g. round-one review during the first week of September.
public struct PhaseStep: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    public var start: CalendarDay
    public var end: CalendarDay

    public init(id: String, label: LocalizedText, start: CalendarDay, end: CalendarDay) {
        self.id = id
        self.label = label
        self.start = start
        self.end = end
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, start, end }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        start = try c.day(.start)
        end = try c.day(.end)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(start.description, forKey: .start)
        try c.encode(end.description, forKey: .end)
    }
}
