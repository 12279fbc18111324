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
        if let at = commandIndex(args) {
            command = args.remove(at: at)
        }
        let langFlag = args.firstIndex(of: "--lang").flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
            ?? args.first { $0.hasPrefix("--lang=") }.map { String($0.dropFirst("--lang=".count)) }
        let t = localizer(langFlag)
        let status: Int32
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
        } catch {
            printError(error.localizedDescription)
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
        func context(_ valued: Set<String>, _ flags: Set<String> = []) throws -> CommandContext {
            let parsed = try Arguments(args, valued: common.union(valued), flags: flags, command: command, t)
            let c = CommandContext(args: parsed, t: t)
            if let journal = parsed.value("journal"), JournalMode(rawValue: journal) == nil {
                throw c.unknownKind(what: "--journal", journal, choices: JournalMode.allCases.map(\.rawValue))
            }
            return c
        }
        switch command {
        case "open":
            let c = try context(["theme"])
            try c.noExtra(after: 0, usage: "jurydesk open --db PATH [--lang zh|en] [--theme NAME]")
            return try Workstation.run(WorkstationOptions(databasePath: c.dbPath, language: c.args.value("lang"),
                                                          theme: c.args.value("theme"), themeSearchPaths: themeSearchPaths(),
                                                          journal: c.journal))
        case "init": return try InitCommand.run(try context(["contest"], ["force"]))
        case "import": return try ImportCommand.run(try context(["unit", "round", "as"], ["pin-stdin"]))
        case "export": return try ExportCommand.run(try context(["out", "as"], ["unmasked", "pin-stdin"]))
        case "user": return try UserCommand.run(try context(["role", "unit", "city"], ["pin-stdin"]))
        case "phase": return try PhaseCommand.run(try context([]))
        case "verify": return try VerifyCommand.run(try context([]))
        case "sample": return try SampleCommand.run(try context(["out", "seed"]))
        case "demo": return try DemoCommand.run(try context(["sample", "theme"], ["no-open"]))
        case "help", "--help", "-h":
            print(t(.cliUsage))
            return 0
        default:
            throw Arguments.Problem(message: t(.cliUnknownCommand, ["name": command]))
        }
    }
}
