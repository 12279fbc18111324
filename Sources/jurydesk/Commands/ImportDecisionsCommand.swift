import Foundation
import JuryCore
import JuryStore
import JuryWorkbook

/// `jurydesk import decisions FILE --round 1|2 --as NAME [--pin-stdin]`: review decisions taken on
/// paper or in a spreadsheet, recorded as that reviewer (their PIN), all or nothing.
enum ImportDecisionsCommand {
    static let usage = "jurydesk import decisions FILE[.xlsx] --round 1|2 --as NAME --db PATH [--sheet NAME] [--pin-stdin]"

    static func run(_ c: CommandContext, path: String) throws -> Int32 {
        guard let roundText = c.args.value("round"), let round = Int(roundText), round == 1 || round == 2 else {
            c.note(c.t(.cliDecisionsNeedRound))
            return 64
        }
        guard let name = c.args.value("as") else {
            c.note(c.t(.cliDecisionsNeedReviewer))
            return 77
        }
        let store = try c.openStore()
        guard try signIn(name, store: store, c) else { return 77 }
        let data = try c.read(path)
        let zone = (try? store.contestDefinition())?.zone ?? HumanTimestamp.defaultTimeZone
        do {
            // CSV or an .xlsx workbook, as the other imports.
            guard case .decisions(let records) = try WorkbookImport.parse(kind: .decisions, data: data, sheet: c.args.value("sheet"),
                                                                          timeZone: zone) else { return 65 }
            let count = try store.importDecisions(records, round: round, actor: name)
            c.say(c.t(.cliDecisionsDone, ["count": String(count), "round": String(round), "name": c.safe(name), "path": c.safe(path)]))
            return 0
        } catch let failure as ImportFailure {
            c.note(c.t(.cliImportRejected, ["path": path, "count": String(failure.issues.count)]))
            for issue in failure.issues { c.note("  " + c.safe(c.t.pick(zh: issue.chineseMessage, en: issue.englishMessage))) }
            return 65
        }
    }

    /// The person the decisions are recorded as, proved by their PIN; the store checks that their
    /// role may decide the round.
    static func signIn(_ name: String, store: Store, _ c: CommandContext) throws -> Bool {
        try CommandSignIn.authenticate(name, store: store, c) != nil
    }
}
