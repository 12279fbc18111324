import Foundation
import JuryStore

/// `jurydesk restore COPY --db FILE [--force]`: verifies the copy, refuses to replace a newer file
/// without `--force`, and keeps the replaced file aside.
enum RestoreCommand {
    static func run(_ c: CommandContext) throws -> Int32 {
        let copy = try c.positional(0, "COPY", usage: c.usage)
        try c.noExtra(after: 1, usage: c.usage)
        switch try Store.restore(copy: copy, to: c.dbPath, force: c.args.flag("force")) {
        case .copyInvalid(let report):
            c.note(c.t.pick(zh: "副本 \(c.safe(copy)) 未通过校验，未作任何改动：", en: "The copy \(c.safe(copy)) failed verification; nothing was changed:"))
            c.note(report.description(language: c.storeLanguage))
            return 1
        case .fileIsNewer(let current, let copyHead):
            let held = copyHead.map(\.text) ?? "-"
            c.note(c.t.pick(
                zh: "\(c.safe(c.dbPath)) 比副本新（它的链头 \(current.text)，时间 \(current.at)；副本的链头 \(held)），或两者历史不同：未作改动。确要用副本替换它，请加 --force（原文件会留作 .replaced-时间）。",
                en: "\(c.safe(c.dbPath)) is newer than the copy (its head \(current.text) at \(current.at); the copy's \(held)), or their histories differ: nothing was changed. To replace it anyway, add --force (the file is kept as .replaced-TIME)."))
            return 73
        case .restored(let head, let keptAside):
            c.say(c.t.pick(zh: "已用 \(c.safe(copy)) 恢复 \(c.safe(c.dbPath))（校验通过）。", en: "Restored \(c.safe(c.dbPath)) from \(c.safe(copy)) (verified)."))
            if let keptAside {
                c.say(c.t.pick(zh: "原文件留在 \(c.safe(keptAside))。", en: "The replaced file is kept as \(c.safe(keptAside))."))
            }
            if let head { c.say(BackupCommand.headLine(head, c)) }
            return 0
        }
    }
}
