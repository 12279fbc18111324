import Foundation
import JuryCore
import JuryStore

/// `jurydesk export entrants|recommendations|summary|sheets|results|awards|breakdown|reliability|results-sheet
/// [--out FILE[.xlsx]] [--method mean|trimmed|median|zscore] [--unmasked --as ADMIN]`
enum ExportCommand {
    static let kinds = ["entrants", "recommendations", "summary", "sheets", "results", "awards", "breakdown", "reliability", "results-sheet"]

    static func run(_ c: CommandContext) throws -> Int32 {
        let kind = try c.positional(0, "KIND", usage: c.usage)
        try c.noExtra(after: 1, usage: c.usage)
        guard kinds.contains(kind) else {
            throw c.unknownKind(what: c.t.pick(zh: "导出", en: "export"), kind, choices: kinds)
        }
        if kind == "sheets" { return try sheets(c) }
        let store = try c.openStore()
        var phones = PhoneVisibility.masked
        var admin: String?
        if c.args.flag("unmasked") {
            guard let name = c.args.value("as") else {
                c.note(c.t(.cliUnmaskedNeedsAdmin))
                return 77
            }
            guard try UserCommand.signIn(name, requiredRole: .admin, store: store, c) else { return 77 }
            phones = .unmasked
            admin = name
        }
        if kind == "results-sheet" { return try writeText(try ResultsSheet.text(store: store, language: c.storeLanguage), c) }
        let table: ExportTable
        switch kind {
        case "entrants": table = try store.exportEntrants(language: c.storeLanguage, phones: phones)
        case "recommendations": table = try store.exportRecommendations(language: c.storeLanguage, phones: phones)
        case "results":
            var method: RankingMethod?
            if let name = c.args.value("method") {
                let policy = try store.contestDefinition().voting
                guard let m = ResultsRepository.method(named: name, policy: policy) else {
                    throw Arguments.Problem(message: c.t(.cliUnknownMethod, ["name": name, "choices": ResultsRepository.methodNames.joined(separator: ", ")]))
                }
                method = m
            }
            table = try store.exportResults(method: method, language: c.storeLanguage)
        case "awards": table = try store.exportAwards(language: c.storeLanguage)
        case "breakdown": table = try store.exportBreakdown(language: c.storeLanguage)
        case "reliability": table = try store.exportReliability(language: c.storeLanguage)
        default: table = try store.exportSummary(language: c.storeLanguage)
        }
        // Unmasked phone numbers are personal data: audited, and readable by the owner only.
        let audit = { (destination: String) throws in
            guard let admin else { return }
            try store.recordUnmaskedExport(kind: kind, rows: table.rows.count, destination: destination, admin: admin,
                                           via: c.actor)
        }
        if let out = c.args.value("out") {
            do {
                let bytes = wantsWorkbook(out)
                    ? try workbookBytes(table, kind: kind, unmasked: admin != nil, store: store, c) : table.csvBytes
                try ExportFile.write(bytes, to: out, access: admin == nil ? .umask : .ownerOnly) {
                    try audit(ExportFile.target(of: out))
                }
            } catch let failure as ExportFile.Failure {
                c.note(c.t.pick(zh: failure.zh, en: failure.en))
                return 73
            }
            c.note(c.t(.cliExported, ["count": String(table.rows.count), "path": TerminalSafeText.escape(out)]))
        } else {
            try audit("-")
            // A terminal gets visible escapes instead of control characters; a pipe or file gets the
            // exact bytes (with formulas defused), as a spreadsheet should read them.
            let shown = isatty(STDOUT_FILENO) == 1 ? table.terminalSafe() : table
            FileHandle.standardOutput.write(Data(shown.csvBytes))
        }
        return 0
    }

    /// The printable sheet: plain UTF-8 text, to a file or stdout.
    static func writeText(_ text: String, _ c: CommandContext) throws -> Int32 {
        if let out = c.args.value("out") {
            do {
                try ExportFile.write(Array(text.utf8), to: out, access: .umask)
            } catch let failure as ExportFile.Failure {
                c.note(c.t.pick(zh: failure.zh, en: failure.en))
                return 73
            }
            c.note(c.t(.cliExported, ["count": String(text.split(separator: "\n").count), "path": TerminalSafeText.escape(out)]))
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        return 0
    }
}
