import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JuryApp
import JuryCore
import JuryStore

/// Who a command-line write acts as: `--as NAME` with that user's PIN, checked by the store's
/// sign-in (the same lockout as the workstation), or — only while the file has no active
/// administrator — the operating-system user, so the first administrator can be added.
enum CommandSignIn {
    /// The operating-system user running this process, from the password database (`getpwuid`),
    /// not `$USER`, which anyone can set.
    static var osUser: String {
        let uid = getuid()
        if let entry = getpwuid(uid), let name = entry.pointee.pw_name { return String(cString: name) }
        return "uid\(uid)"
    }

    /// The actor for a write, or nil after telling the user why not (exit 77).
    ///
    /// With `--pin-stdin` the acting user's PIN is the first line of standard input.
    static func actor(_ c: CommandContext, store: Store, command: String) throws -> String? {
        guard let name = c.args.value("as") else {
            if try store.users.hasActiveAdmin() { c.note(c.t(.cliNeedsAs, ["command": command])); return nil }
            return c.actor
        }
        guard let account = try authenticate(name, store: store, c) else { return nil }
        c.note(c.t(.cliSignedInAs, ["name": c.safe(name), "role": account.role.rawValue]))
        return name
    }

    /// Checks `name`'s PIN (slowed down and locked after failures, like the workstation).
    static func authenticate(_ name: String, store: Store, _ c: CommandContext) throws -> UserAccount? {
        let pin = c.args.flag("pin-stdin") ? PinReader.lineFromStdin()
                                           : PinReader.fromTerminal(prompt: c.t(.cliPinPrompt, ["name": c.safe(name)]))
        guard let pin, !pin.isEmpty else { c.note(c.t(.cliPinNoInput)); return nil }
        switch try store.users.authenticate(name: name, pin: pin) {
        case .success(let account):
            return account
        case .wrongPin(let wait) where wait > 0, .tooSoon(let wait):
            c.note(c.t(.cliWaitPin, ["seconds": String(wait)]))
        case .wrongPin:
            c.note(c.t(.cliWrongPin))
        case .locked:
            c.note(c.t(.cliAccountLocked, ["name": c.safe(name)]))
        case .unknownOrInactive:
            c.note(c.t(.cliWrongPin))
        }
        return nil
    }
}
