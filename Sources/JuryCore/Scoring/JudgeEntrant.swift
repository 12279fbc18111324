/// A (judge, entrant) pair, e.g. a declared conflict of interest.
public struct JudgeEntrant: Hashable, Sendable {
    public var judgeId: String
    public var entrantId: String

    public init(judgeId: String, entrantId: String) {
        self.judgeId = judgeId
        self.entrantId = entrantId
    }
}
