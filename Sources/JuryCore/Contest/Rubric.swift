/// The jury's scoring form: dimensions (account, work, bonus) made of criteria.
public struct Rubric: Hashable, Codable, Sendable {
    public var dimensions: [RubricDimension]
    /// Why the points are what they are (the notice gives none, so the file says where they came from).
    public var note: LocalizedText?
    /// An automatic conflict of interest (the judge's unit is the entrant's employer or union) needs the
    /// same city as well (`"conflictsRequireSameCity": true`); a union of the same name in another
    /// city is then not a conflict. Absent: the unit alone decides.
    public var conflictsRequireSameCity: Bool

    public init(dimensions: [RubricDimension], note: LocalizedText? = nil, conflictsRequireSameCity: Bool = false) {
        self.dimensions = dimensions
        self.note = note
        self.conflictsRequireSameCity = conflictsRequireSameCity
    }

    /// Every criterion in form order.
    public var criteria: [Criterion] { dimensions.flatMap(\.criteria) }

    /// The criterion with this id.
    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }

    /// The highest total a judge can give (100 points = 1000 tenths in the sample).
    public var maxTotal: Tenths { criteria.reduce(Tenths.zero) { $0 + $1.max } }

    enum CodingKeys: String, CodingKey, CaseIterable { case dimensions, note, conflictsRequireSameCity }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        dimensions = try c.decode([RubricDimension].self, forKey: .dimensions)
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
        conflictsRequireSameCity = try c.decodeIfPresent(Bool.self, forKey: .conflictsRequireSameCity) ?? false
    }

    // The flag is written only when set, so a definition without it reads back unchanged.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(dimensions, forKey: .dimensions)
        try c.encodeIfPresent(note, forKey: .note)
        if conflictsRequireSameCity { try c.encode(true, forKey: .conflictsRequireSameCity) }
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
