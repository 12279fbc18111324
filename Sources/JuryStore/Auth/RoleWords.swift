import JuryCore

/// Role names in the user's language, for refusals.
enum RoleWords {
    static func name(_ role: Role) -> LocalizedText {
        switch role {
        case .reviewer: LocalizedText(zh: "审核员", en: "reviewers")
        case .judge: LocalizedText(zh: "评委", en: "judges")
        case .chair: LocalizedText(zh: "评审主任", en: "the chair")
        case .admin: LocalizedText(zh: "管理员", en: "administrators")
        }
    }
}
