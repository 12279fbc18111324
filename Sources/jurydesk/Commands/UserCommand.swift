import Foundation
import JuryApp
import JuryCore
import JuryStore

/// `jurydesk user add|list|deactivate|reset-pin …`
enum UserCommand {
    static let usage = "jurydesk user add NAME --role judge|reviewer|chair|admin [--unit U] [--city C] [--pin-stdin] | list | deactivate NAME | reset-pin NAME [--pin-stdin]"

    static func run(_ c: CommandContext) throws -> Int32 {
        let action = try c.positional(0, "add|list|deactivate|reset-pin", usage: usage)
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
            guard let pin = newPin(for: name, c) else { return 66 }
            try store.users.add(name: name, role: role, unit: c.args.value("unit") ?? "", city: c.args.value("city") ?? "",
                                pin: pin, actor: c.actor)
            c.say(c.t(.cliUserAdded, ["name": c.safe(name), "role": role.rawValue]))
        case "deactivate":
            let name = try c.positional(1, "NAME", usage: usage)
            try c.noExtra(after: 2, usage: usage)
            try store.users.deactivate(name: name, actor: c.actor)
            c.say(c.t(.cliUserDeactivated, ["name": c.safe(name)]))
        case "reset-pin":
            let name = try c.positional(1, "NAME", usage: usage)
            try c.noExtra(after: 2, usage: usage)
            guard let pin = newPin(for: name, c) else { return 66 }
            try store.users.resetPin(name: name, pin: pin, actor: c.actor)
            c.say(c.t(.cliPinReset, ["name": c.safe(name)]))
        default:
            throw Arguments.Problem(message: c.t(.cliUnknownCommand, ["name": "user \(action)"]))
        }
        return 0
    }

    /// A new PIN: one stdin line with `--pin-stdin`, else typed twice on the terminal without echo.
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

    /// Checks `name`'s PIN (slowed down after failures, like the UI) and that they hold `requiredRole`.
    static func signIn(_ name: String, requiredRole: Role, store: Store, _ c: CommandContext) throws -> Bool {
        let pin = c.args.flag("pin-stdin") ? PinReader.lineFromStdin()
                                           : PinReader.fromTerminal(prompt: c.t(.cliPinPrompt, ["name": c.safe(name)]))
        guard let pin, !pin.isEmpty else { c.note(c.t(.cliPinNoInput)); return false }
        switch try store.users.authenticate(name: name, pin: pin) {
        case .success(let account):
            if account.role == requiredRole { return true }
            c.note(c.t(.cliNotAdmin, ["name": c.safe(name)]))
        case .wrongPin(let wait) where wait > 0, .tooSoon(let wait):
            c.note(c.t(.cliWaitPin, ["seconds": String(wait)]))
        case .wrongPin:
            c.note(c.t(.cliWrongPin))
        case .unknownOrInactive:
            c.note(c.t(.cliNotAdmin, ["name": c.safe(name)]))
        }
        return false
    }
}
