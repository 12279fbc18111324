/// The kinds of file JuryDesk imports.
public enum ImportKind: String, CaseIterable, Sendable, Codable {
    /// The sign-up platform's export, one row per entrant.
    case registrations
    /// A unit's recommendation list (the notice's 推荐表).
    case recommendations
    /// Public-vote snapshots.
    case votes
    /// People to be given logins.
    case users
    /// Review decisions taken on paper or in a spreadsheet (`import decisions --round N --as NAME`).
    case decisions

    public var chineseName: String {
        switch self {
        case .registrations: "报名表"
        case .recommendations: "推荐表"
        case .votes: "投票数"
        case .users: "用户表"
        case .decisions: "审核结论"
        }
    }

    public var englishName: String {
        switch self {
        case .registrations: "registrations"
        case .recommendations: "recommendations"
        case .votes: "votes"
        case .users: "users"
        case .decisions: "decisions"
        }
    }
}
