/// A dated due-by in the calendar (recommendation lists 2023-08-31, unit summaries 2023-09-10).
public struct ContestDeadline: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    /// The last day, inclusive, in the contest's time zone.
    public var date: CalendarDay

    public init(id: String, label: LocalizedText, date: CalendarDay) {
        self.id = id
        self.label = label
        self.date = date
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, date }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        date = try c.day(.date)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(date.description, forKey: .date)
    }

    /// Whether the day is on or before the deadline.
    public func isMet(on day: CalendarDay) -> Bool { day <= date }
}
