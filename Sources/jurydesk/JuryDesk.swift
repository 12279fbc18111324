import Foundation
import JuryApp

/// The `jurydesk` command: parses the subcommand and hands over to the modules.
@main
struct JuryDesk {
    static func main() {
        var args = Array(CommandLine.arguments.dropFirst())
        let command = args.first.flatMap { $0.hasPrefix("-") ? nil : $0 } ?? "open"
        if !args.isEmpty && !(args[0].hasPrefix("-")) { args.removeFirst() }
        let status: Int32
        do {
            status = try run(command, args)
        } catch let problem as Arguments.Problem {
            printError(problem.message)
            status = 64
        } catch {
            printError("\(error)")
            status = 1
        }
        exit(status)
    }

    static func run(_ command: String, _ args: [String]) throws -> Int32 {
        switch command {
        case "open":
            let a = try parse(args, command: command, valued: ["db", "lang", "theme"], flags: [])
            return try Workstation.run(WorkstationOptions(databasePath: databasePath(a), language: a.value("lang"),
                                                          theme: a.value("theme"), themeSearchPaths: themeSearchPaths()))
        default:
            throw Arguments.Problem(message: localizer(nil)(.cliUnknownCommand, ["name": command]))
        }
    }
}
