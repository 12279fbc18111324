import Foundation
#if canImport(Glibc)
import Glibc
#endif
import JuryApp
import JuryStore

/// `jurydesk ssh-key add NAME KEYFILE | remove NAME | list [--authorized-keys FILE] --as ADMIN`:
/// the service account's authorized_keys, one forced-command line per person (see the README's
/// "Deployment" section).
enum SSHKeyCommand {
    static let usage = "jurydesk ssh-key add NAME KEYFILE | remove NAME | list  --db PATH --as ADMIN [--pin-stdin] [--authorized-keys FILE]"

    static func run(_ c: CommandContext) throws -> Int32 {
        let action = try c.positional(0, "add|remove|list", usage: usage)
        let file = c.args.value("authorized-keys") ?? defaultFile()
        let store = try c.openStore()
        switch action {
        case "list":
            try c.noExtra(after: 1, usage: usage)
            for line in try read(file) {
                guard let user = AuthorizedKey.user(ofLine: line), let key = AuthorizedKey(authorizedKeysLine: line) else { continue }
                c.say([c.safe(user), key.type, key.fingerprint].joined(separator: "\t"))
            }
        case "add":
            let name = try c.positional(1, "NAME", usage: usage)
            let keyPath = try c.positional(2, "KEYFILE", usage: usage)
            try c.noExtra(after: 3, usage: usage)
            guard let user = try store.users.user(named: name), user.active else {
                c.note(c.t(.cliSshKeyUnknownUser, ["name": c.safe(name)]))
                return 65
            }
            let key: AuthorizedKey
            do { key = try AuthorizedKey(publicKeyFile: String(decoding: try c.read(keyPath), as: UTF8.self)) } catch let refusal as AuthorizedKey.Refusal {
                c.note(c.t(.cliSshKeyInvalid, ["path": c.safe(keyPath), "reason": c.t.pick(zh: refusal.zh, en: refusal.en)]))
                return 65
            }
            var lines = try read(file)
            // sshd uses the first line that matches a key: one key must never open two accounts.
            if let taken = lines.first(where: { AuthorizedKey(authorizedKeysLine: $0)?.blob == key.blob }) {
                c.note(c.t(.cliSshKeyInvalid, ["path": c.safe(keyPath),
                                                "reason": c.t.pick(zh: "该公钥已登记给 \(AuthorizedKey.user(ofLine: taken) ?? "其他用途")",
                                                                   en: "this key is already in the file for \(AuthorizedKey.user(ofLine: taken) ?? "another use")")]))
                return 65
            }
            let line: String
            do { line = try key.line(jurydesk: executablePath(), database: absolute(c.dbPath), user: name) } catch let refusal as AuthorizedKey.Refusal {
                c.note(c.t(.cliSshKeyInvalid, ["path": c.safe(keyPath), "reason": c.t.pick(zh: refusal.zh, en: refusal.en)]))
                return 65
            }
            guard let actor = try CommandSignIn.actor(c, store: store, command: "ssh-key add") else { return 77 }
            lines.append(line)
            try store.recordSSHKey(added: true, user: name, fingerprint: key.fingerprint, file: file, actor: actor)
            try write(lines, to: file)
            c.say(c.t(.cliSshKeyAdded, ["name": c.safe(name), "type": key.type, "fingerprint": key.fingerprint, "path": c.safe(file)]))
        case "remove":
            let name = try c.positional(1, "NAME", usage: usage)
            try c.noExtra(after: 2, usage: usage)
            let lines = try read(file)
            let kept = lines.filter { AuthorizedKey.user(ofLine: $0) != name }
            guard kept.count < lines.count else {
                c.note(c.t(.cliSshKeyNone, ["name": c.safe(name), "path": c.safe(file)]))
                return 0
            }
            guard let actor = try CommandSignIn.actor(c, store: store, command: "ssh-key remove") else { return 77 }
            for line in lines where AuthorizedKey.user(ofLine: line) == name {
                try store.recordSSHKey(added: false, user: name, fingerprint: AuthorizedKey(authorizedKeysLine: line)?.fingerprint ?? "",
                                       file: file, actor: actor)
            }
            try write(kept, to: file)
            c.say(c.t(.cliSshKeyRemoved, ["name": c.safe(name), "count": String(lines.count - kept.count), "path": c.safe(file)]))
        default:
            throw Arguments.Problem(message: c.t(.cliUnknownCommand, ["name": "ssh-key \(action)"]))
        }
        return 0
    }

    /// `~/.ssh/authorized_keys` of the account running this (the service account).
    static func defaultFile() -> String {
        var home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { home = String(cString: dir) }
        return home + "/.ssh/authorized_keys"
    }

    static func executablePath() -> String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL.path
    }

    static func read(_ file: String) throws -> [String] {
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        let text = try String(contentsOfFile: file, encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).map(String.init)
    }

    /// Replaces the file atomically, owner-only (sshd refuses a group- or world-writable one).
    static func write(_ lines: [String], to file: String) throws {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder) {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        }
        let temporary = file + ".jurydesk-\(getpid())"
        let text = lines.map { $0 + "\n" }.joined()
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.cannotCreate(path: temporary, errno: errno)
        }
        guard rename(temporary, file) == 0 else {
            let failure = errno
            unlink(temporary)
            throw StoreError.cannotCreate(path: file, errno: failure)
        }
    }
}
