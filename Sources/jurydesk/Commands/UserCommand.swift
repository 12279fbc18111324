import Foundation
import JuryApp
import JuryCore
import JuryStore

/// `jurydesk user add|list|deactivate|reset-pin …`
enum UserCommand {
    static let usage = "jurydesk user add NAME --role judge|reviewer|chair|admin [--unit U] [--city C] | list | deactivate NAME | reset-pin NAME | unlock NAME  --as YOUR-NAME [--pin-stdin]"

    static func run(_ c: CommandContext) throws -> Int32 {
        let action = try c.positional(0, "add|list|deactivate|reset-pin|unlock", usage: usage)
        let store = try c.openStore()
        switch action {
        case "list":
            try c.noExtra(after: 1, usage: usage)
            c.say(c.t(.cliUserListHeader))
            for u in try store.users.list() {
                c.say([c.safe(u.name), u.role.rawValue, c.safe(u.unit), c.safe(u.city), c.t(u.active ? .cliActive : .cliInactive)]
                    .joined(separator: "\t"))
            }
        case "add":
            let name = try c.positional(1, "NAME", usage: usage)
            try c.noExtra(after: 2, usage: usage)
            guard let roleText = c.args.value("role") else {
                throw Arguments.Problem(message: c.t(.cliMissingArgument, ["name": "--role", "usage": usage]))
            }
            guard let role = Role(parsing: roleText) else {
                throw Arguments.Problem(message: c.t(.cliUnknownRole, ["name": roleText]))
            }
            if try store.users.user(named: name) != nil {
                c.note(c.t(.cliUserExists, ["name": c.safe(name)]))
                return 65
            }
            guard let actor = try CommandSignIn.actor(c, store: store, command: "user add") else { return 77 }
            guard let pin = newPin(for: name, c) else { return 66 }
            try store.users.add(name: name, role: role, unit: c.args.value("unit") ?? "", city: c.args.value("city") ?? "",
                                pin: pin, actor: actor)
            c.say(c.t(.cliUserAdded, ["name": c.safe(name), "role": role.rawValue]))
        case "deactivate":
            let name = try c.positional(1, "NAME", usage: usage)
            try c.noExtra(after: 2, usage: usage)
            guard let actor = try CommandSignIn.actor(c, store: store, command: "user deactivate") else { return 77 }
            try store.users.deactivate(name: name, actor: actor)
            c.say(c.t(.cliUserDeactivated, ["name": c.safe(name)]))
        case "reset-pin":
            let name = try c.positional(1, "NAME", usage: usage)
            try c.noExtra(after: 2, usage: usage)
            guard let actor = try CommandSignIn.actor(c, store: store, command: "user reset-pin") else { return 77 }
            guard let pin = newPin(for: name, c) else { return 66 }
            try store.users.resetPin(name: name, pin: pin, actor: actor)
            c.say(c.t(.cliPinReset, ["name": c.safe(name)]))
        case "unlock":
            let name = try c.positional(1, "NAME", usage: usage)
            try c.noExtra(after: 2, usage: usage)
            guard let actor = try CommandSignIn.actor(c, store: store, command: "user unlock") else { return 77 }
            try store.users.unlock(name: name, actor: actor)
            c.say(c.t(.cliUserUnlocked, ["name": c.safe(name)]))
        default:
            throw Arguments.Problem(message: c.t(.cliUnknownCommand, ["name": "user \(action)"]))
        }
        return 0
    }

    /// A new PIN: one stdin line with `--pin-stdin` (after the `--as` user's own PIN line), else
    /// typed twice on the terminal without echo.
    static func newPin(for name: String, _ c: CommandContext) -> String? {
        if c.args.flag("pin-stdin") {
            guard let pin = PinReader.lineFromStdin(), !pin.isEmpty else { c.note(c.t(.cliPinNoInput)); return nil }
            return pin
        }
        guard let first = PinReader.fromTerminal(prompt: c.t(.cliPinPrompt, ["name": c.safe(name)])), !first.isEmpty,
              let second = PinReader.fromTerminal(prompt: c.t(.cliPinRepeat)) else {
            c.note(c.t(.cliPinNoInput))
            return nil
        }
        guard first == second else { c.note(c.t(.cliPinMismatch)); return nil }
        return first
    }
}
