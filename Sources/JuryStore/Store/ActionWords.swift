import JuryCore

/// What an audited action id means to the person who started it, for messages ("phase.set" →
/// "change the contest phase"). Unknown ids are shown as they are.
enum ActionWords {
    static func describe(_ action: String) -> LocalizedText {
        switch action {
        case "review.decide": LocalizedText(zh: "保存审核结论", en: "save the review decision")
        case "claim.take", "claim.next": LocalizedText(zh: "领取创作者", en: "take an entrant")
        case "claim.release": LocalizedText(zh: "释放创作者", en: "release the entrant")
        case "score.save": LocalizedText(zh: "保存评分", en: "save the scores")
        case "score.submit": LocalizedText(zh: "提交评分表", en: "submit the score sheet")
        case "score.reopen": LocalizedText(zh: "重新开放评分表", en: "reopen the score sheet")
        case "conflict.declare": LocalizedText(zh: "登记利益冲突", en: "declare the conflict")
        case "conflict.withdraw": LocalizedText(zh: "撤回利益冲突", en: "withdraw the conflict")
        case "conflict.lift": LocalizedText(zh: "解除利益冲突", en: "lift the conflict")
        case "score.paper": LocalizedText(zh: "录入纸质评分表", en: "enter the paper score sheets")
        case "award.grant", "award.revoke", "award.allocate": LocalizedText(zh: "保存奖项", en: "save the awards")
        case "phase.set": LocalizedText(zh: "切换活动阶段", en: "change the contest phase")
        case "settings.set": LocalizedText(zh: "保存设置", en: "save the setting")
        case "user.add": LocalizedText(zh: "添加用户", en: "add the user")
        case "user.deactivate": LocalizedText(zh: "停用用户", en: "deactivate the user")
        case "user.reset_pin": LocalizedText(zh: "重设 PIN", en: "reset the PIN")
        case "user.login", "user.login_failed": LocalizedText(zh: "登录", en: "sign in")
        case let a where a.hasPrefix("import."): LocalizedText(zh: "导入数据", en: "import the data")
        case "init": LocalizedText(zh: "创建数据库", en: "create the database")
        default: LocalizedText(zh: "完成“\(action)”", en: "finish \"\(action)\"")
        }
    }
}
