import Foundation
import JuryApp

/// A command line split into positionals and `--name value` / `--flag` options, checked against
/// what a subcommand accepts so a misspelt option is an error, not silently ignored.
struct Arguments {
    private(set) var positionals: [String] = []
    private var values: [String: String] = [:]
    /// Every value of an option given more than once (`--head A --head B`), in order.
    private var repeated: [String: [String]] = [:]
    private var flags: Set<String> = []

    /// Why a command line was refused; the message says what to do.
    struct Problem: Error {
        let message: String
    }

    /// Parses `args` given the option names that take a value and those that are bare flags.
    init(_ args: [String], valued: Set<String>, flags allowedFlags: Set<String>, command: String, _ t: Localizer) throws {
        var i = 0
        while i < args.count {
            let arg = args[i]
            if arg == "--" {
                positionals.append(contentsOf: args[(i + 1)...])
                break
            }
            if arg.hasPrefix("--") && arg.count > 2 {
                var name = String(arg.dropFirst(2))
                var inlineValue: String?
                if let eq = name.firstIndex(of: "=") {
                    inlineValue = String(name[name.index(after: eq)...])
                    name = String(name[..<eq])
                }
                if valued.contains(name) {
                    if let inlineValue {
                        values[name] = inlineValue
                        repeated[name, default: []].append(inlineValue)
                    } else if i + 1 < args.count {
                        values[name] = args[i + 1]
                        repeated[name, default: []].append(args[i + 1])
                        i += 1
                    } else {
                        throw Problem(message: t(.cliMissingValue, ["name": "--\(name)"]))
                    }
                } else if allowedFlags.contains(name) && inlineValue == nil {
                    flags.insert(name)
                } else {
                    throw Problem(message: t(.cliUnknownOption, ["name": "--\(name)", "command": command]))
                }
            } else {
                positionals.append(arg)
            }
            i += 1
        }
    }

    /// The value of `--name`, if given.
    func value(_ name: String) -> String? { values[name] }

    /// Every value given for `--name`, in order (empty when not given).
    func values(_ name: String) -> [String] { repeated[name] ?? [] }

    /// Whether the bare flag `--name` was given.
    func flag(_ name: String) -> Bool { flags.contains(name) }
}
