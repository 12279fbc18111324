import Foundation
import JuryCore
import JuryStore

/// `jurydesk import registrations|recommendations|votes|users FILE [--unit UNIT]`: all or nothing.
enum ImportCommand {

    static func run(_ c: CommandContext) throws -> Int32 {
        let kindName = try c.positional(0, "KIND", usage: c.usage)
        let path = try c.positional(1, "FILE", usage: c.usage)
        try c.noExtra(after: 2, usage: c.usage)
        // Paper ballots are entered by a person with a PIN, not by the command-line operator.
        if kindName == "scores" { return try PaperBallotCommand.run(c, path: path) }
        guard let kind = ImportKind(rawValue: kindName) else {
            throw c.unknownKind(what: c.t.pick(zh: "导入", en: "import"), kindName, choices: ImportKind.allCases.map(\.rawValue))
        }
        if kind == .decisions { return try ImportDecisionsCommand.run(c, path: path) }
        // Open first: a wrong --db should be reported before a long parse.
        let store = try c.openStore()
        let interactive = isatty(STDERR_FILENO) == 1
        if interactive { c.note(c.t(.cliImportReading, ["path": path])) }
        // Opened here to report an unreadable path in the usual words and to tell a workbook (read
        // whole, within its limits) from text (streamed) by its first bytes.
        let probe = open(path, O_RDONLY | O_CLOEXEC)
        guard probe >= 0 else {
            throw Arguments.Problem(message: c.t(.cliCannotRead, ["path": path, "reason": FileErrorText.posixReason(errno, c.t)]))
        }
        var head = [UInt8](repeating: 0, count: 4)
        let headCount = read(probe, &head, 4)
        close(probe)
        let workbook = c.args.value("sheet") != nil || Store.isWorkbook(Data(head.prefix(max(0, headCount))))
        // Users decide who may sign in: that import needs a signed-in admin (or no admin yet).
        var actor = c.actor
        if kind == .users || c.args.value("as") != nil {
            guard let signedIn = try CommandSignIn.actor(c, store: store, command: "import \(kindName)") else { return 77 }
            actor = signedIn
        }
        let report: FileImportReport
        // Rows written so far, redrawn in place on a terminal; nothing when stderr is a file or a pipe.
        let line = interactive ? ProgressLine(c.t) : nil
        defer { line?.finish() }
        do {
            if workbook {
                report = try store.importFile(kind: kind, data: try c.read(path), unit: c.args.value("unit"), sheet: c.args.value("sheet"),
                                              sourceFolder: Store.folder(ofImportFile: path), actor: actor,
                                              progress: line.map { l in { l.update($0) } })
            } else {
                report = try store.importFile(kind: kind, input: .file(path: path), unit: c.args.value("unit"),
                                              sourceFolder: Store.folder(ofImportFile: path), actor: actor,
                                              progress: line.map { l in { l.update($0) } })
            }
            line?.finish()
        } catch let failure as ImportFailure {
            c.note(c.t(.cliImportRejected, ["path": path, "count": String(failure.issues.count)]))
            for issue in failure.issues {
                // One line per issue: a value's own line breaks are shown as \n, not obeyed.
                c.note("  " + c.safe(c.t.pick(zh: issue.chineseMessage, en: issue.englishMessage)))
            }
            return 65
        } catch let failure as ImportInput.ReadFailure {
            throw Arguments.Problem(message: c.t(.cliCannotRead, ["path": path, "reason": failure.reason]))
        }
        let kindLabel = c.t.pick(zh: kind.chineseName, en: kind.englishName)
        for r in report.results {
            c.say(c.t(.cliImportDone, ["kind": kindLabel, "inserted": String(r.inserted), "updated": String(r.updated),
                                       "unchanged": String(r.unchanged), "removed": String(r.removed), "path": path]))
        }
        switch kind {
        case .recommendations: try reportReconciliation(store, c)
        case .users where !report.initialPins.isEmpty:
            c.say(c.t(.cliInitialPins))
            for (name, pin) in report.initialPins.sorted(by: { $0.key < $1.key }) { c.say("  \(c.safe(name))\t\(pin)") }
        default: break
        }
        // The import's own entry is the head now: written down, it anchors the log as of this import.
        if let head = try store.chainHead() {
            c.say(c.t(.cliHeadNow))
            c.say(head.line)
        }
        return 0
    }

    /// 已推荐未报名 and units short of the notice's ten names, after a recommendation import.
    static func reportReconciliation(_ store: Store, _ c: CommandContext) throws {
        let unmatched = try store.recommendations.unmatched()
        if !unmatched.isEmpty {
            c.say(c.t(.cliUnregistered, ["count": String(unmatched.count)]))
            for e in unmatched {
                let r = e.recommendation
                c.say("  \(c.safe(r.unit)) #\(r.sequence) \(c.safe(r.name)) \(c.safe(r.nickname)) \(c.safe(PhoneMask.mask(r.phone)))")
            }
        }
        let minimum = Reconciliation.minimumPerUnit
        let short = try store.recommendations.units().filter { $0.rows < minimum }
        if !short.isEmpty {
            c.say(c.t(.cliShortUnits, ["min": String(minimum)]))
            for u in short { c.say(c.t(.cliShortUnitLine, ["unit": c.safe(u.unit), "count": String(u.rows)])) }
        }
    }
}
