import Foundation
import JuryApp
import JuryCore
import JuryStore

/// The `jurydesk` command: parses the subcommand and hands over to the modules.
@main
struct JuryDesk {
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        var command = "open"
        var named = false
        if let at = commandIndex(args) {
            command = args.remove(at: at)
            named = true
        }
        let langFlag = args.firstIndex(of: "--lang").flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
            ?? args.first { $0.hasPrefix("--lang=") }.map { String($0.dropFirst("--lang=".count)) }
        let t = localizer(langFlag)
        let status: Int32
        // Help and version are answered before any parsing, so they work with any command line.
        let options = args.prefix { $0 != "--" }
        if options.contains("--version") {
            print(BuildInfo.line)
            exit(0)
        }
        if options.contains("--help") || options.contains("-h") {
            // `jurydesk --help` is the overview; `jurydesk import --help` and `help import --help` one command.
            let topic = command == "help" ? args.first { !$0.hasPrefix("-") } : (named ? command : nil)
            exit(help(topic, t))
        }
        do {
            status = try run(command, args, t)
        } catch let problem as Arguments.Problem {
            printError(problem.message)
            status = 64
        } catch let error as StoreError {
            printError(error.message(language: t.language.messageLanguage))
            status = 1
        } catch let error as DatabaseFileError {
            printError(error.message(language: t.language.messageLanguage))
            status = 66
        } catch let error as CocoaError {
            printError(FileErrorText.message(error, t))
            status = 1
        } catch let error as POSIXError {
            printError(FileErrorText.message(error, t))
            status = 1
        } catch {
            printError(t.pick(zh: "意外错误：\(error)", en: "unexpected error: \(error)"))
            status = 1
        }
        exit(status)
    }

    /// Where the subcommand is: the first word that is neither an option nor the value of one of
    /// the common options, so `jurydesk --db f.sqlite verify` works like `jurydesk verify --db f.sqlite`.
    static func commandIndex(_ args: [String]) -> Int? {
        var i = 0
        while i < args.count {
            let arg = args[i]
            if !arg.hasPrefix("-") { return i }
            if arg.hasPrefix("--"), !arg.contains("="), common.union(["theme"]).contains(String(arg.dropFirst(2))) { i += 1 }
            i += 1
        }
        return nil
    }

    /// Options every subcommand accepts.
    static let common: Set<String> = ["db", "lang", "journal"]

    static func run(_ command: String, _ args: [String], _ t: Localizer) throws -> Int32 {
        // The options each command accepts come from `CommandTable`, the same table help and the man page print.
        func context() throws -> CommandContext {
            guard let spec = CommandTable.spec(command) else {
                throw Arguments.Problem(message: t(.cliUnknownCommand, ["name": command]))
            }
            let parsed = try Arguments(args, valued: common.union(spec.valued), flags: spec.flags, command: command, t)
            let c = CommandContext(args: parsed, t: t, spec: spec)
            if let journal = parsed.value("journal"), JournalMode(rawValue: journal) == nil {
                throw c.unknownKind(what: "--journal", journal, choices: JournalMode.allCases.map(\.rawValue))
            }
            return c
        }
        switch command {
        case "open":
            let c = try context()
            try c.noExtra(after: 0, usage: c.usage)
            return try Workstation.run(WorkstationOptions(databasePath: c.dbPath, language: c.args.value("lang"),
                                                          theme: c.args.value("theme"), themeSearchPaths: themeSearchPaths(),
                                                          journal: c.journal))
        case "init": return try InitCommand.run(try context())
        case "import": return try ImportCommand.run(try context())
        case "export": return try ExportCommand.run(try context())
        case "user": return try UserCommand.run(try context())
        case "phase": return try PhaseCommand.run(try context())
        case "verify": return try VerifyCommand.run(try context())
        case "backup": return try BackupCommand.run(try context())
        case "restore": return try RestoreCommand.run(try context())
        case "sample": return try SampleCommand.run(try context())
        case "demo": return try DemoCommand.run(try context())
        case "awards": return try AwardsCommand.run(try context())
        case "help":
            let c = try context()
            try c.noExtra(after: 1, usage: c.usage)
            return help(c.args.positionals.first, t)
        case "version":
            try context().noExtra(after: 0, usage: "jurydesk version")
            print(BuildInfo.line)
            return 0
        case "man":
            try context().noExtra(after: 0, usage: "jurydesk man")
            FileHandle.standardOutput.write(Data(ManPage.render().utf8))
            return 0
        case "completion":
            try context().noExtra(after: 0, usage: "jurydesk completion")
            FileHandle.standardOutput.write(Data(BashCompletion.render().utf8))
            return 0
        default:
            throw Arguments.Problem(message: t(.cliUnknownCommand, ["name": command]))
        }
    }

    /// Prints the overview, or one command's help; an unknown command is a usage error (64).
    static func help(_ command: String?, _ t: Localizer) -> Int32 {
        guard let command else {
            print(HelpText.overview(t))
            return 0
        }
        guard let spec = CommandTable.spec(command) else {
            printError(t(.cliUnknownCommand, ["name": command]))
            return 64
        }
        print(HelpText.command(spec, t))
        return 0
    }
}
