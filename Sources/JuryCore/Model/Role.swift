/// What a signed-in person may do; decides the home screen and which writes are allowed.
public enum Role: String, Codable, CaseIterable, Sendable, Comparable {
    case reviewer
    case judge
    case chair
    case admin

    /// Parses the role as written in a users file or on the command line (English or Chinese).
    public init?(parsing text: String) {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "reviewer", "审核员", "审核": self = .reviewer
        case "judge", "评委", "评审": self = .judge
        case "chair", "主任", "评审主任", "主席", "评审团主席": self = .chair
        case "admin", "管理员": self = .admin
        default: return nil
        }
    }

    public static func < (a: Role, b: Role) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
