#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// How the full-screen workstation is started: which file, language and theme.
public struct WorkstationOptions: Sendable {
    public var databasePath: String
    /// `--lang` as given (nil: `JURYDESK_LANG`, then the contest's default).
    public var language: String?
    /// `--theme` as given (nil: the default theme).
    public var theme: String?
    /// Folders searched for `Themes/*.json`.
    public var themeSearchPaths: [String]
    /// The environment (language, NO_COLOR, viewer); the process's own unless a test gives one.
    public var environment: [String: String]
    /// WAL unless the user chose `--journal delete` for a file on a network filesystem.
    public var journal: JournalMode
    /// `--user NAME`: the only person who may sign in (the SSH deployment forces it per key).
    public var onlyUser: String?

    public init(databasePath: String, language: String? = nil, theme: String? = nil,
                themeSearchPaths: [String] = [], environment: [String: String] = ProcessInfo.processInfo.environment,
                journal: JournalMode = .wal) {
        self.databasePath = databasePath
        self.journal = journal
        self.language = language
        self.theme = theme
        self.themeSearchPaths = themeSearchPaths
        self.environment = environment
    }
}

/// The entry point of the full-screen workstation.
public enum Workstation {
    /// Runs the terminal UI until the user quits; returns the process exit status.
    ///
    /// Everything that can be refused (file, contest definition, theme) is checked before the
    /// terminal is taken over, so the message lands on a normal screen.
    public static func run(_ options: WorkstationOptions) throws -> Int32 {
        let env = options.environment
        let early = Localizer(Language.resolve(flag: options.language, environment: env, contestDefault: nil))
        let store: Store
        let definition: ContestDefinition
        do {
            store = try Store.open(at: options.databasePath, journal: options.journal)
            let json = try store.settings.contestDefinitionJSON()
            definition = try ContestDefinition.decode(Data(json.utf8))
        } catch let error as StoreError {
            return fail(error.message(language: early.language.messageLanguage))
        } catch let error as ContestDefinitionError {
            return fail(early(.definitionUnreadable, ["path": options.databasePath, "reason": "\(error)"]))
        }
        let language = Language.resolve(flag: options.language, environment: env, contestDefault: definition.defaultLanguage.rawValue)
        let l10n = Localizer(language)
        let searchPaths = options.themeSearchPaths
            + Theme.searchPaths(environmentVariable: "JURYDESK_THEME_DIR", shareFolder: "jurydesk", environment: env)
        let themeName = options.theme ?? "default"
        do {
            _ = try Theme.load(name: themeName, searchPaths: searchPaths)
        } catch ThemeError.notFound {
            return fail(l10n(.themeNotFound, ["name": themeName, "available": availableThemes(searchPaths).joined(separator: ", ")]), status: 64)
        } catch {
            return fail("\(error)")
        }
        do {
            // 75 ms rather than ncurses' 25: over a jittery SSH link an arrow key's bytes may arrive
            // apart, and a lone Esc means "back" here, so a split arrow must not read as Esc.
            // A hangup (SIGHUP) or SIGTERM waits for the loop to save the drafts typed so far.
            var endedBy: Int32?
            let status = try NcursesTerminal.run(escapeDelayMs: 75, deferringTermination: true) { terminal in
                let theme = try Theme.forTerminal(named: themeName, colorLevel: terminal.colorLevel, environment: env, searchPaths: searchPaths)
                let state = AppState(language: language, definition: definition, databasePath: options.databasePath,
                                     size: terminal.size, now: store.clock())
                let runner = EffectRunner(store: store, definition: definition, viewer: ExternalViewer(environment: env))
                runner.onlyUser = options.onlyUser
                if let only = options.onlyUser { store.auditContext["ssh_user"] = .string(only) }
                let runtime = AppRuntime(state: state, terminal: terminal,
                                         runner: runner,
                                         theme: theme, watcher: try? ChangeWatcher(store: store), clock: { store.clock() },
                                         stopProcess: { _ = kill(getpid(), SIGSTOP) })
                runtime.run()
                endedBy = terminal.terminationSignal
                return Int32(0)
            }
            // The terminal is restored by now; end as the signal would have (status 128 + signal).
            if let endedBy { NcursesTerminal.endProcess(bySignal: endedBy) }
            return status
        } catch let error as NcursesTerminalError {
            return fail(l10n(.terminalUnavailable, ["reason": error.description]))
        }
    }

    /// Theme names found in the search folders plus the built-in ones, sorted.
    static func availableThemes(_ searchPaths: [String]) -> [String] {
        var names = Set(Theme.builtIn.keys)
        for folder in searchPaths {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for file in files where file.hasSuffix(".json") { names.insert(String(file.dropLast(5))) }
        }
        return names.sorted()
    }

    private static func fail(_ message: String, status: Int32 = 1) -> Int32 {
        FileHandle.standardError.write(Data(("jurydesk: " + message + "\n").utf8))
        return status
    }
}
