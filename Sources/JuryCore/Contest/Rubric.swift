/// The jury's scoring form: dimensions (account, work, bonus) made of criteria.
public struct Rubric: Hashable, Codable, Sendable {
    public var dimensions: [RubricDimension]
    /// Why the points are what they are (the notice gives none, so the file says where they came from).
    public var note: LocalizedText?

    public init(dimensions: [RubricDimension], note: LocalizedText? = nil) {
        self.dimensions = dimensions
        self.note = note
    }

    /// Every criterion in form order.
    public var criteria: [Criterion] { dimensions.flatMap(\.criteria) }

    /// The criterion with this id.
    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    /// The highest total a judge can give (100 points = 1000 tenths in the sample).
    public var maxTotal: Tenths { criteria.reduce(Tenths.zero) { $0 + $1.max } }

    enum CodingKeys: String, CodingKey, CaseIterable { case dimensions, note }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dimensions = try c.decode([RubricDimension].self, forKey: .dimensions)
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
    }
}

/// A group of criteria scored together (账号维度, 作品维度, 附加分值).
public struct RubricDimension: Hashable, Codable, Sendable, Identifiable {
    public var id: String
    public var label: LocalizedText
    public var criteria: [Criterion]

    public init(id: String, label: LocalizedText, criteria: [Criterion]) {
        self.id = id
        self.label = label
        self.criteria = criteria
    }

    /// The highest points of this dimension.
    public var maxTotal: Tenths { criteria.reduce(Tenths.zero) { $0 + $1.max } }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, criteria }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        criteria = try c.decode([Criterion].self, forKey: .criteria)
    }
}
