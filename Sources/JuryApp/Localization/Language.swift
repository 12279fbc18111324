import Foundation
import JuryCore
import JuryStore

/// The interface language: Simplified Chinese or English.
public enum Language: String, CaseIterable, Sendable {
    case zh = "zh-Hans"
    case en

    /// Parses `zh`, `zh-Hans`, `zh_CN.UTF-8`, `cn`, `en`, `en_US`, … (nil for anything else).
    public init?(code: String) {
        let c = code.lowercased()
        if c.hasPrefix("zh") || c == "cn" || c == "chinese" || c == "中文" { self = .zh }
        else if c.hasPrefix("en") || c == "english" { self = .en }
        else { return nil }
    }

    /// `--lang`, else `JURYDESK_LANG`, else the contest definition's default, else Chinese.
    public static func resolve(flag: String?, environment: [String: String],
                               contestDefault: String?) -> Language {
        for candidate in [flag, environment["JURYDESK_LANG"], contestDefault] {
            if let candidate, let language = Language(code: candidate) { return language }
        }
        return .zh
    }

    /// The same language for JuryStore's messages (store errors, verify reports, exports).
    public var messageLanguage: MessageLanguage { self == .zh ? .zh : .en }

    /// The same language for JuryCore's messages (contest definition errors).
    public var contestLanguage: ContestLanguage { self == .zh ? .zhHans : .en }
}
