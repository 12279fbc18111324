import Foundation
import JuryCore
import JuryStore
import TerminalKit

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

    /// The stage's short name from JuryCore's one table of stage labels.
    static func stage(_ stage: ReviewStage, _ l10n: Localizer) -> String {
        l10n.pick(zh: stage.shortLabel.zh, en: stage.shortLabel.en)
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

    /// $HOME, read once: the status line shows the path on every frame, and reading the environment
    /// (a dictionary of every variable) was an eighth of an idle session's redraw.
    static let home = ProcessInfo.processInfo.environment["HOME"]

    /// The database path with the home folder as ~, cut from the left to `maxWidth` display cells:
    /// the last two parts, else the file's name, else the end of the name ("…/评审.sqlite").
    static func shortPath(_ path: String, home: String? = Labels.home, maxWidth: Int = 32) -> String {
        var shown = path
        if let home, !home.isEmpty, home != "/", shown.hasPrefix(home + "/") { shown = "~" + shown.dropFirst(home.count) }
        guard shown.displayWidth > maxWidth else { return shown }
        let parts = shown.split(separator: "/")
        for count in [2, 1] where parts.count > count {
            let tail = "…/" + parts.suffix(count).joined(separator: "/")
            if tail.displayWidth <= maxWidth { return tail }
        }
        // The longest end that fits beside "…", measured one character at a time (the status line
        // asks on every frame; building each candidate end was quadratic in the name's length).
        var start = shown.endIndex, keptWidth = 0
        while start > shown.startIndex {
            let before = shown.index(before: start)
            keptWidth += DisplayWidth.of(shown[before])
            guard keptWidth <= maxWidth - 1 else { break }
            start = before
        }
        return "…" + shown[start...]
    }
}
