import Foundation

/// The language a user-facing message is written in.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case zh
    case en

    /// Picks Chinese when the environment's locale says so, English otherwise.
    public static var fromEnvironment: MessageLanguage {
        let env = ProcessInfo.processInfo.environment
        let lang = env["LC_ALL"] ?? env["LC_MESSAGES"] ?? env["LANG"] ?? ""
        return lang.lowercased().hasPrefix("zh") ? .zh : .en
    }
}
