import Foundation
import JuryApp
import JuryCore
import JuryStore

/// What every subcommand needs: its parsed arguments, the message language and the store.
struct CommandContext {
    let args: Arguments
    let t: Localizer
    /// The command's row in `CommandTable`: its synopsis is the usage quoted in errors.
    let spec: CommandSpec

    var usage: String { HelpText.usage(spec) }

    var language: Language { t.language }
    var storeLanguage: MessageLanguage { language.messageLanguage }
    var contestLanguage: ContestLanguage { language.contestLanguage }
    var dbPath: String { JuryDesk.databasePath(args) }
    var journal: JournalMode { args.value("journal").flatMap(JournalMode.init(rawValue:)) ?? .wal }
    /// Who the audit log names for command-line writes: the operating-system user.
    var actor: String { "cli:" + (ProcessInfo.processInfo.environment["USER"] ?? "unknown") }

    func openStore() throws -> Store { try Store.open(at: dbPath, journal: journal) }

    /// Prints a line to stdout. Values from the file (names, units, nicknames) may hold escape
    /// sequences, so everything printed goes through `TerminalSafeText`; line breaks and tabs that
    /// the message itself carries are kept, and values should be passed through `safe` first so
    /// theirs are not.
    func say(_ text: String) { print(TerminalSafeText.escapeKeepingLines(text)) }

    /// Progress and notes go to stderr so stdout stays clean for piping.
    func note(_ text: String) {
        FileHandle.standardError.write(Data((TerminalSafeText.escapeKeepingLines(text) + "\n").utf8))
    }

    /// One stored or imported value, ready to be put in a printed line: every control character,
    /// line break and tab included, shown as a visible escape.
    func safe(_ value: String) -> String { TerminalSafeText.escape(value) }

    /// The required positional at `index`, or a usage error.
    func positional(_ index: Int, _ name: String, usage: String) throws -> String {
        guard index < args.positionals.count else {
            throw Arguments.Problem(message: t(.cliMissingArgument, ["name": name, "usage": usage]))
        }
        return args.positionals[index]
    }

    /// Refuses positionals beyond `count`.
    func noExtra(after count: Int, usage: String) throws {
        if args.positionals.count > count {
            throw Arguments.Problem(message: t(.cliExtraArgument, ["value": args.positionals[count], "usage": usage]))
        }
    }

    /// The usage error for a KIND argument that is not one of `choices`.
    func unknownKind(what: String, _ name: String, choices: [String]) -> Arguments.Problem {
        Arguments.Problem(message: t(.cliUnknownKind, ["what": what, "name": name, "choices": choices.joined(separator: ", ")]))
    }

    func read(_ path: String) throws -> Data {
        do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw Arguments.Problem(message: t(.cliCannotRead, ["path": path, "reason": FileErrorText.reason(error, t)]))
        }
    }
}
