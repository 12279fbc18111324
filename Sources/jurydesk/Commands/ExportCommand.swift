import Foundation
import JuryCore
import JuryStore

/// `jurydesk export entrants|recommendations|summary [--out FILE] [--unmasked --as ADMIN]`
enum ExportCommand {
    static let usage = "jurydesk export entrants|recommendations|summary --db PATH [--out FILE] [--unmasked --as ADMIN [--pin-stdin]]"
    static let kinds = ["entrants", "recommendations", "summary"]

    static func run(_ c: CommandContext) throws -> Int32 {
        let kind = try c.positional(0, "KIND", usage: usage)
        try c.noExtra(after: 1, usage: usage)
        guard kinds.contains(kind) else {
            throw c.unknownKind(what: c.t.pick(zh: "导出", en: "export"), kind, choices: kinds)
        }
        let store = try c.openStore()
        var phones = PhoneVisibility.masked
        if c.args.flag("unmasked") {
            guard let admin = c.args.value("as") else {
                c.note(c.t(.cliUnmaskedNeedsAdmin))
                return 77
            }
            guard try UserCommand.signIn(admin, requiredRole: .admin, store: store, c) else { return 77 }
            phones = .unmasked
        }
        let table: ExportTable
        switch kind {
        case "entrants": table = try store.exportEntrants(language: c.storeLanguage, phones: phones)
        case "recommendations": table = try store.exportRecommendations(language: c.storeLanguage, phones: phones)
        default: table = try store.exportSummary(language: c.storeLanguage)
        }
        let bytes = Data(table.csvBytes)
        if let out = c.args.value("out") {
            try write(bytes, to: out)
            c.note(c.t(.cliExported, ["count": String(table.rows.count), "path": out]))
        } else {
            FileHandle.standardOutput.write(bytes)
        }
        return 0
    }

    /// A regular file (or a new one) is written beside the target and renamed, so a reader never
    /// sees half a file; anything else — a device, a pipe — is written in place, never replaced.
    /// A symlink is followed, so the link stays and its target gets the export.
    static func write(_ bytes: Data, to path: String) throws {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let type = (try? FileManager.default.attributesOfItem(atPath: target.path))?[.type] as? FileAttributeType
        if type == nil || type == .typeRegular {
            try bytes.write(to: target, options: .atomic)
        } else {
            let handle = try FileHandle(forWritingTo: target)
            defer { try? handle.close() }
            try handle.write(contentsOf: bytes)
        }
    }
}
