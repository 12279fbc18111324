/// Matches units' recommendations to registrations: who is recommended, who was recommended but never registered, which units sent too few.
public struct Reconciliation: Hashable, Sendable {
    /// How a recommendation was tied to an entrant.
    public enum MatchBasis: String, Hashable, Sendable {
        case phone
        case nameAndNickname
    }

    /// A recommendation tied to a registered entrant.
    public struct Match: Hashable, Sendable {
        public var recommendation: Recommendation
        public var entrantId: String
        public var basis: MatchBasis
        /// Matched by phone but the names differ: worth a reviewer's glance (a typo, or a wrong phone).
        public var nameDiffers: Bool
    }

    /// A unit whose list is shorter than the notice asks (不少于10名).
    public struct ShortUnit: Hashable, Sendable {
        public var unit: String
        public var count: Int
    }

    public var matches: [Match]
    /// 已推荐未报名: recommended but not found among the registrations.
    public var unregistered: [Recommendation]
    /// Matched by name and nickname to more than one entrant; a person must decide.
    public var ambiguous: [Recommendation]
    public var shortUnits: [ShortUnit]

    /// Ids of recommended entrants, who go to the front of the round-one queue.
    public var recommendedEntrantIds: Set<String> { Set(matches.map(\.entrantId)) }

    /// The notice: 每个单位推荐人数不少于10名.
    public static let minimumPerUnit = 10

    /// Phone first (it identifies a person); then name plus any account nickname, because a unit may
    /// have copied the phone wrong but rarely both name and nickname.
    public static func reconcile(entrants: [Entrant], recommendations: [Recommendation],
                                 minimumPerUnit: Int = minimumPerUnit) -> Reconciliation {
        var byPhone: [String: [Entrant]] = [:]
        var byNameAndNickname: [String: [Entrant]] = [:]
        for e in entrants {
            byPhone[e.phone, default: []].append(e)
            for a in e.accounts {
                let key = fold(e.name) + "\u{1F}" + fold(a.nickname)
                if !(byNameAndNickname[key]?.contains { $0.id == e.id } ?? false) {
                    byNameAndNickname[key, default: []].append(e)
                }
            }
        }
        var result = Reconciliation(matches: [], unregistered: [], ambiguous: [], shortUnits: [])
        for r in recommendations {
            if let found = byPhone[r.phone], !r.phone.isEmpty, let entrant = pick(found, name: r.name) {
                result.matches.append(Match(recommendation: r, entrantId: entrant.id, basis: .phone,
                                            nameDiffers: fold(entrant.name) != fold(r.name)))
                continue
            }
            let candidates = byNameAndNickname[fold(r.name) + "\u{1F}" + fold(r.nickname)] ?? []
            switch candidates.count {
            case 0: result.unregistered.append(r)
            case 1: result.matches.append(Match(recommendation: r, entrantId: candidates[0].id, basis: .nameAndNickname, nameDiffers: false))
            default: result.ambiguous.append(r)
            }
        }
        var counts: [String: Int] = [:]
        for r in recommendations { counts[r.unit, default: 0] += 1 }
        result.shortUnits = counts.filter { $0.value < minimumPerUnit }
            .map { ShortUnit(unit: $0.key, count: $0.value) }
            .sorted { ($0.count, $0.unit) < ($1.count, $1.unit) }
        return result
    }

    /// One phone may have registered twice; prefer the registration whose name matches.
    private static func pick(_ entrants: [Entrant], name: String) -> Entrant? {
        entrants.first { fold($0.name) == fold(name) } ?? entrants.first
    }

    private static func fold(_ s: String) -> String { HumanText.compact(s).lowercased() }
}
