/// The awards to give (50 in the sample), their order of allocation and whether one person may win twice.
public struct AwardPlan: Hashable, Codable, Sendable {
    /// The stated number of winners; the categories' counts must add up to it.
    public var total: Int
    /// false: a person placed in an earlier category is skipped by later ones.
    public var allowsMultipleAwardsPerPerson: Bool
    /// Filled in this order.
    public var categories: [AwardCategory]
    public var note: LocalizedText?

    public init(total: Int, allowsMultipleAwardsPerPerson: Bool, categories: [AwardCategory], note: LocalizedText? = nil) {
        self.total = total
        self.allowsMultipleAwardsPerPerson = allowsMultipleAwardsPerPerson
        self.categories = categories
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case total, allowsMultipleAwardsPerPerson, categories, note }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        total = try c.decode(Int.self, forKey: .total)
        allowsMultipleAwardsPerPerson = try c.decode(Bool.self, forKey: .allowsMultipleAwardsPerPerson)
        categories = try c.decode([AwardCategory].self, forKey: .categories)
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
    }
}
