/// Something a signed-in person may be allowed to do; the store checks it against the acting user.
///
/// The permission table (`roles`):
///
/// | permission        | reviewer | judge | chair | admin |
/// |-------------------|:--------:|:-----:|:-----:|:-----:|
/// | decideRoundOne    |    ✓     |       |   ✓   |       |
/// | decideRoundTwo    |    ✓     |       |   ✓   |       |
/// | claimEntrants     |    ✓     |       |   ✓   |       |
/// | releaseClaims     |          |       |   ✓   |   ✓   |  (anyone may release their own)
/// | score             |          |   ✓   |       |       |
/// | readAllSheets     |          |       |   ✓   |   ✓   |  (a judge reads their own)
/// | reopenSheets      |          |       |   ✓   |       |
/// | declareConflicts  |          |       |   ✓   |   ✓   |  (a judge declares their own)
/// | enterPaperBallots |          |       |   ✓   |   ✓   |  (audited with the judge's name)
/// | allocateAwards    |          |       |   ✓   |       |
/// | manageUsers       |          |       |       |   ✓   |
/// | managePhases      |          |       |       |   ✓   |
/// | importData        |          |       |       |   ✓   |
/// | editSettings      |          |       |       |   ✓   |
public enum Permission: String, CaseIterable, Sendable {
    case decideRoundOne, decideRoundTwo, claimEntrants, releaseClaims
    case score, readAllSheets, reopenSheets, declareConflicts, allocateAwards, enterPaperBallots
    case manageUsers, managePhases, importData, editSettings

    /// The roles that hold the permission.
    public var roles: Set<Role> {
        switch self {
        case .decideRoundOne, .decideRoundTwo, .claimEntrants: [.reviewer, .chair]
        case .releaseClaims, .readAllSheets, .declareConflicts, .enterPaperBallots: [.chair, .admin]
        case .score: [.judge]
        case .reopenSheets, .allocateAwards: [.chair]
        case .manageUsers, .managePhases, .importData, .editSettings: [.admin]
        }
    }

    /// Whether a role holds the permission.
    public func allows(_ role: Role) -> Bool { roles.contains(role) }

    /// Whether the command-line operator (who can already write the file from a shell) may use it
    /// without a user account: the administrative permissions only, never a decision, score or award.
    public var allowsSystem: Bool { allows(.admin) }

    /// The permission for deciding a round.
    public static func decide(round: Int) -> Permission { round == 2 ? .decideRoundTwo : .decideRoundOne }

    /// What the person was trying to do, in their words (for refusals).
    public var label: LocalizedText {
        switch self {
        case .decideRoundOne: LocalizedText(zh: "记录第一轮审核结论", en: "record a round-one decision")
        case .decideRoundTwo: LocalizedText(zh: "记录第二轮审核结论", en: "record a round-two decision")
        case .claimEntrants: LocalizedText(zh: "领取待审核的创作者", en: "take an entrant to review")
        case .releaseClaims: LocalizedText(zh: "释放他人领取的创作者", en: "release someone else's entrant")
        case .score: LocalizedText(zh: "评分", en: "score")
        case .readAllSheets: LocalizedText(zh: "查看其他评委的评分表", en: "read other judges' score sheets")
        case .reopenSheets: LocalizedText(zh: "重新开放已提交的评分表", en: "reopen a submitted score sheet")
        case .declareConflicts: LocalizedText(zh: "为其他评委登记利益冲突", en: "declare a conflict for another judge")
        case .allocateAwards: LocalizedText(zh: "分配奖项", en: "allocate awards")
        case .enterPaperBallots: LocalizedText(zh: "录入纸质评分表", en: "enter paper score sheets")
        case .manageUsers: LocalizedText(zh: "管理用户", en: "manage users")
        case .managePhases: LocalizedText(zh: "切换活动阶段", en: "change the contest phase")
        case .importData: LocalizedText(zh: "导入数据", en: "import data")
        case .editSettings: LocalizedText(zh: "修改设置", en: "change settings")
        }
    }
}
