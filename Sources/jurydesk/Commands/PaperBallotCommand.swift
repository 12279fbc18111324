import Foundation
import JuryCore
import JuryStore

/// `jurydesk import scores FILE --as NAME [--pin-stdin]`: paper ballots entered by a chair or an
/// administrator (who signs in with their PIN), all or nothing, audited with both names.
enum PaperBallotCommand {
    static let usage = "jurydesk import scores FILE --db PATH --as NAME [--pin-stdin]"

    static func run(_ c: CommandContext, path: String) throws -> Int32 {
        let store = try c.openStore()
        guard let name = c.args.value("as") else {
            c.note(c.t.pick(zh: "录入纸质评分表须用 --as 指明录入人（评审主任或管理员），并输入其 PIN。用法：\(usage)",
                            en: "Entering paper ballots needs --as NAME (a chair or an administrator) and that user's PIN. Usage: \(usage)"))
            return 64
        }
        guard try signIn(name, store: store, c) else { return 77 }
        let data = try c.read(path)
        let text: String
        do {
            text = try TextDecoding.decode(data)
        } catch {
            c.note(c.safe(c.t.pick(zh: "\(path)：\(error)", en: "\(path): \(error)")))
            return 65
        }
        let parsed = PaperBallotFile.parse(text, rubric: try store.contestDefinition().rubric)
        do {
            guard parsed.issues.isEmpty else { throw ImportFailure(issues: parsed.issues) }
            let result = try store.scores.enterPaperBallots(parsed.ballots, enteredBy: name)
            c.say(c.t.pick(zh: "已录入纸质评分表 \(result.entered) 份，未变 \(result.unchanged) 份（\(c.safe(path))）。",
                           en: "Entered \(result.entered) paper sheets, \(result.unchanged) unchanged (\(c.safe(path)))."))
            return 0
        } catch let failure as ImportFailure {
            c.note(c.t.pick(zh: "\(c.safe(path)) 未录入：发现 \(failure.issues.count) 个问题，数据库没有改动。",
                            en: "\(c.safe(path)) was not entered: \(failure.issues.count) problems; the database is unchanged."))
            for issue in failure.issues { c.note("  " + c.safe(c.t.pick(zh: issue.chineseMessage, en: issue.englishMessage))) }
            return 65
        }
    }

    /// Checks the PIN of a chair or an administrator (the two roles that may enter paper ballots).
    static func signIn(_ name: String, store: Store, _ c: CommandContext) throws -> Bool {
        let pin = c.args.flag("pin-stdin") ? PinReader.lineFromStdin()
                                           : PinReader.fromTerminal(prompt: c.t(.cliPinPrompt, ["name": c.safe(name)]))
        guard let pin, !pin.isEmpty else { c.note(c.t(.cliPinNoInput)); return false }
        switch try store.users.authenticate(name: name, pin: pin) {
        case .success(let account):
            if Permission.enterPaperBallots.allows(account.role) { return true }
            c.note(c.t.pick(zh: "\(c.safe(name)) 不是评审主任或管理员，不能录入纸质评分表。",
                            en: "\(c.safe(name)) is not a chair or an administrator and cannot enter paper ballots."))
        case .wrongPin(let wait) where wait > 0, .tooSoon(let wait):
            c.note(c.t(.cliWaitPin, ["seconds": String(wait)]))
        case .wrongPin:
            c.note(c.t(.cliWrongPin))
        case .unknownOrInactive:
            c.note(c.t.pick(zh: "没有名为 \(c.safe(name)) 的在用账号。", en: "No active account named \(c.safe(name))."))
        }
        return false
    }
}
