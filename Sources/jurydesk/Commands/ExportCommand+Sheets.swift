import Foundation
import JuryCore
import JuryStore

extension ExportCommand {
    /// `jurydesk export sheets [--judge NAME] [--out FILE]`: the printable score sheets (text, UTF-8).
    static func sheets(_ c: CommandContext) throws -> Int32 {
        let store = try c.openStore()
        let judge = c.args.value("judge")
        if let judge, try store.users.user(named: judge)?.role != .judge {
            c.note(c.t.pick(zh: "“\(TerminalSafeText.escape(judge))”不是评委。运行 jurydesk user list 查看评委名单。",
                            en: "\(TerminalSafeText.escape(judge)) is not a judge. Run jurydesk user list to see the judges."))
            return 65
        }
        let sheets = try store.printableSheets(judge: judge)
        let text = SheetsPrintout(definition: try store.contestDefinition(), zh: c.t.language == .zh).render(sheets)
        if let out = c.args.value("out") {
            do {
                _ = try ExportFile.write(Array(text.utf8), to: out, access: .umask)
            } catch let failure as ExportFile.Failure {
                c.note(c.t.pick(zh: failure.zh, en: failure.en))
                return 73
            }
            c.note(c.t(.cliExported, ["count": String(sheets.count), "path": TerminalSafeText.escape(out)]))
        } else {
            FileHandle.standardOutput.write(Data((isatty(STDOUT_FILENO) == 1 ? TerminalSafeText.escapeKeepingLines(text) : text).utf8))
        }
        return 0
    }
}
