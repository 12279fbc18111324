/// One scored item of the jury rubric (e.g. 影响力), with its maximum and the step judges score in.
public struct Criterion: Hashable, Codable, Sendable, Identifiable {
    /// Unique across the whole rubric: score sheets key their scores by it.
    public var id: String
    public var label: LocalizedText
    public var max: Tenths
    /// Scores must be multiples of this (5 tenths = half points).
    public var step: Tenths
    public var note: LocalizedText?

    public init(id: String, label: LocalizedText, max: Tenths, step: Tenths, note: LocalizedText? = nil) {
        self.id = id
        self.label = label
        self.max = max
        self.step = step
        self.note = note
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case id, label, max, step, note }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        label = try c.decode(LocalizedText.self, forKey: .label)
        guard c.contains(.max) else {
            throw ContestDefinitionError.criterionWithoutMaximum(path: c.path(.max))
        }
        max = try c.points(.max)
        step = try c.points(.step)
        note = try c.decodeIfPresent(LocalizedText.self, forKey: .note)
    }

    // Points go back out as decimals (10, 0.5), the way the file was written.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(label, forKey: .label)
        try c.encode(max.decimalPoints, forKey: .max)
        try c.encode(step.decimalPoints, forKey: .step)
        try c.encodeIfPresent(note, forKey: .note)
    }
}
