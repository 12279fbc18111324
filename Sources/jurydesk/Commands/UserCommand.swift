import Foundation
import JuryApp
import JuryCore
import JuryStore

/// `jurydesk user add|edit|list|deactivate|reactivate|reset-pin …`
enum UserCommand {

    static func run(_ c: CommandContext) throws -> Int32 {
        let action = try c.positional(0, CommandTable.userActions.joined(separator: "|"), usage: c.usage)
        let store = try c.openStore()
        switch action {
        case "list":
            try c.noExtra(after: 1, usage: c.usage)
            // For scripts and the bash completion: active users' names only, one a line, no header.
            if c.args.flag("names") {
                for u in try store.users.list() where u.active { c.say(c.safe(u.name)) }
                return 0
            }
            c.say(c.t(.cliUserListHeader))
            for u in try store.users.list() {
                c.say([c.safe(u.name), roleLabel(u.role, c), c.safe(u.unit), c.safe(u.city), c.t(u.active ? .cliActive : .cliInactive)]
                    .joined(separator: "\t"))
            }
        case "add":
            let name = try c.positional(1, "NAME", usage: c.usage)
            try c.noExtra(after: 2, usage: c.usage)
            guard let roleText = c.args.value("role") else {
                throw Arguments.Problem(message: c.t(.cliMissingArgument, ["name": "--role", "usage": c.usage]))
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
            c.say(c.t(.cliUserAdded, ["name": c.safe(name), "role": roleLabel(role, c)]))
        case "edit":
            let name = try c.positional(1, "NAME", usage: c.usage)
            try c.noExtra(after: 2, usage: c.usage)
            guard let before = try store.users.user(named: name) else {
                throw StoreError.notFound(path: store.path, what: "user", key: name)
            }
            var role = before.role
            if let roleText = c.args.value("role") {
                guard let parsed = Role(parsing: roleText) else {
                    throw Arguments.Problem(message: c.t(.cliUnknownRole, ["name": roleText]))
                }
                role = parsed
            }
            guard c.args.value("role") != nil || c.args.value("unit") != nil || c.args.value("city") != nil else {
                throw Arguments.Problem(message: c.t(.cliMissingArgument, ["name": "--role | --unit | --city", "usage": c.usage]))
            }
            let unit = c.args.value("unit") ?? before.unit, city = c.args.value("city") ?? before.city
            try store.users.edit(name: name, role: role, unit: unit, city: city, actor: c.actor)
            c.say(c.t.pick(zh: "已修改用户 \(c.safe(name))：\(roleLabel(role, c))，\(c.safe(unit))，\(c.safe(city))。",
                           en: "Updated user \(c.safe(name)): \(roleLabel(role, c)), \(c.safe(unit)), \(c.safe(city))."))
        case "reactivate":
            let name = try c.positional(1, "NAME", usage: c.usage)
            try c.noExtra(after: 2, usage: c.usage)
            try store.users.reactivate(name: name, actor: c.actor)
            c.say(c.t.pick(zh: "已恢复用户 \(c.safe(name))，可以重新登录。", en: "Reactivated user \(c.safe(name)); they can sign in again."))
        case "deactivate":
            let name = try c.positional(1, "NAME", usage: c.usage)
            try c.noExtra(after: 2, usage: c.usage)
            try store.users.deactivate(name: name, actor: c.actor)
            c.say(c.t(.cliUserDeactivated, ["name": c.safe(name)]))
        case "reset-pin":
            let name = try c.positional(1, "NAME", usage: c.usage)
            try c.noExtra(after: 2, usage: c.usage)
            guard let pin = newPin(for: name, c) else { return 66 }
            try store.users.resetPin(name: name, pin: pin, actor: c.actor)
            c.say(c.t(.cliPinReset, ["name": c.safe(name)]))
        default:
            throw Arguments.Problem(message: c.t(.cliUnknownCommand, ["name": "user \(action)"]))
        }
        return 0
    }

    /// The role as the interface names it (评委 / judge).
    static func roleLabel(_ role: Role, _ c: CommandContext) -> String {
        switch role {
        case .reviewer: c.t(.roleReviewer)
        case .judge: c.t(.roleJudge)
        case .chair: c.t(.roleChair)
        case .admin: c.t(.roleAdmin)
        }
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
