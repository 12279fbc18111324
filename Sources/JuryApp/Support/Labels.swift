import Foundation
import JuryCore
import JuryStore

/// How domain values read on screen in the interface language.
enum Labels {
    static func role(_ role: Role, _ l10n: Localizer) -> String {
        switch role {
        case .reviewer: l10n(.roleReviewer)
        case .judge: l10n(.roleJudge)
        case .chair: l10n(.roleChair)
        case .admin: l10n(.roleAdmin)
        }
    }

    static func stage(_ stage: ReviewStage, _ l10n: Localizer) -> String {
        switch stage {
        case .registered: l10n(.stageRegistered)
        case .round1Passed: l10n(.stageRound1Passed)
        case .round1Failed: l10n(.stageRound1Failed)
        case .round2Passed: l10n(.stageRound2Passed)
        case .round2Failed: l10n(.stageRound2Failed)
        case .finalist: l10n(.stageFinalist)
        }
    }

    static func platform(_ platform: Platform, _ l10n: Localizer) -> String {
        l10n.pick(zh: platform.chineseName, en: platform.englishName)
    }

    static func platforms(_ platforms: [Platform], _ l10n: Localizer) -> String {
        platforms.map { platform($0, l10n) }.joined(separator: l10n.language == .zh ? "、" : ", ")
    }

    static func topic(_ topic: Topic, _ l10n: Localizer) -> String {
        l10n.pick(zh: topic.chineseName, en: topic.englishName)
    }

    /// Followers as people read them: 1.2万 in Chinese, 12K in English.
    static func followers(_ count: Int, _ l10n: Localizer) -> String {
        HumanNumber.format(count, chinese: l10n.language == .zh)
    }

    static func yesNo(_ value: Bool, _ l10n: Localizer) -> String { l10n(value ? .yes : .no) }

    /// The database path with the home folder as ~ and long paths cut to their last two parts.
    static func shortPath(_ path: String, home: String? = ProcessInfo.processInfo.environment["HOME"], maxWidth: Int = 32) -> String {
        var shown = path
        if let home, !home.isEmpty, home != "/", shown.hasPrefix(home + "/") { shown = "~" + shown.dropFirst(home.count) }
        guard shown.count > maxWidth else { return shown }
        let parts = shown.split(separator: "/")
        guard parts.count > 2 else { return "…" + shown.suffix(maxWidth - 1) }
        let tail = "…/" + parts.suffix(2).joined(separator: "/")
        return tail.count <= maxWidth ? tail : "…" + shown.suffix(maxWidth - 1)
    }
}
