import Foundation

/// How the full-screen workstation is started: which file, language and theme.
public struct WorkstationOptions: Sendable {
    public var databasePath: String
    /// `--lang` as given (nil: `JURYDESK_LANG`, then the contest's default).
    public var language: String?
    /// `--theme` as given (nil: the default theme).
    public var theme: String?
    /// Folders searched for `Themes/*.json`.
    public var themeSearchPaths: [String]

    public init(databasePath: String, language: String? = nil, theme: String? = nil,
                themeSearchPaths: [String] = []) {
        self.databasePath = databasePath
        self.language = language
        self.theme = theme
        self.themeSearchPaths = themeSearchPaths
    }
}

/// The entry point of the full-screen workstation.
public enum Workstation {
    /// Runs the terminal UI until the user quits; returns the process exit status.
    public static func run(_ options: WorkstationOptions) throws -> Int32 {
        FileHandle.standardError.write(Data("jurydesk: the terminal UI is being built (issue 3)\n".utf8))
        return 2
    }
}
