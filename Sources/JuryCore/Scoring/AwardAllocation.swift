/// The result of allocating the awards: winners per award in the definition's order.
public struct AwardAllocation: Hashable, Sendable {
    /// One award's winners, best first.
    public struct Winners: Hashable, Sendable {
        public var awardId: String
        public var entrantIds: [String]
        /// Places left empty because too few eligible candidates remained.
        public var shortfall: Int
        /// The last winner and the first runner-up are equal on every score key, so the place was
        /// decided by entrant id alone; the chair should look at it.
        public var cutoffDecidedById: Bool
    }

    public var awards: [Winners]

    /// Winners of one award.
    public func winners(of awardId: String) -> [String] { awards.first { $0.awardId == awardId }?.entrantIds ?? [] }

    /// The award an entrant won, if any (the first, should the plan allow several).
    public func award(of entrantId: String) -> String? { awards.first { $0.entrantIds.contains(entrantId) }?.awardId }
}
