import Foundation
import JuryStore

/// `jurydesk backup --db FILE --out COPY [--keep N [--every MINUTES]]`: a consistent copy taken while
/// sessions keep working, verified, with the chain head it holds printed to be written down.
enum BackupCommand {
    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 0, usage: c.usage)
        guard let out = c.args.value("out") else {
            throw Arguments.Problem(message: c.t(.cliMissingArgument, ["name": "--out", "usage": c.usage]))
        }
        let keep = try c.args.value("keep").map { try positiveNumber("--keep", $0, c) }
        let every = try c.args.value("every").map { try positiveNumber("--every", $0, c) }
        if every != nil && keep == nil {
            throw Arguments.Problem(message: c.t.pick(
                zh: "--every 需要与 --keep N 一起使用，否则副本会无限增多。用法：\(c.usage)",
                en: "--every needs --keep N, or the copies would pile up without end. Usage: \(c.usage)"))
        }
        guard FileManager.default.fileExists(atPath: c.dbPath) else { throw StoreError.fileMissing(path: c.dbPath) }
        guard let keep else { return try once(to: out, c) }
        // A rotating set: timestamped copies in the --out folder, the newest `keep` kept.
        var isFolder: ObjCBool = false
        if !FileManager.default.fileExists(atPath: out, isDirectory: &isFolder) {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } else if !isFolder.boolValue {
            throw Arguments.Problem(message: c.t.pick(zh: "与 --keep 一起时 --out 须是目录，而 \(c.safe(out)) 是文件：请另选一个目录。",
                                                      en: "With --keep, --out must be a folder, and \(c.safe(out)) is a file: choose a folder."))
        }
        while true {
            var name = prefix(c) + Store.fileTimestamp(Date()) + ".sqlite"
            // Names are to the second; a second run within the same second waits for the next one.
            while FileManager.default.fileExists(atPath: (out as NSString).appendingPathComponent(name)) {
                Thread.sleep(forTimeInterval: 0.2)
                name = prefix(c) + Store.fileTimestamp(Date()) + ".sqlite"
            }
            var status: Int32
            do {
                status = try once(to: (out as NSString).appendingPathComponent(name), c)
            } catch let error as StoreError {
                // A schedule keeps going after one failed copy (a full disk may be cleared); it says so.
                c.note(error.message(language: c.storeLanguage))
                status = 1
            }
            if status == 0 { try prune(out, keep: keep, c) }
            guard let every else { return status }
            Thread.sleep(forTimeInterval: TimeInterval(every * 60))
        }
    }

    /// `contest-` for `contest.sqlite`: the copies of different files in one folder stay apart.
    static func prefix(_ c: CommandContext) -> String {
        ((c.dbPath as NSString).lastPathComponent as NSString).deletingPathExtension + "-"
    }

    /// One copy, verified; 0 when it verifies.
    static func once(to copy: String, _ c: CommandContext) throws -> Int32 {
        if FileManager.default.fileExists(atPath: copy) {
            c.note(c.t.pick(zh: "\(c.safe(copy)) 已存在，未作改动：请换一个名字，或先移走它（或用 --keep 写带时间戳的副本）。",
                            en: "\(c.safe(copy)) already exists and was left alone: choose another name or move it away (or use --keep for timestamped copies)."))
            return 73
        }
        let store = try c.openStore()
        try store.backup(to: copy)
        let (report, head) = try Store.verifyCopy(at: copy)
        guard report.ok else {
            c.note(c.t.pick(zh: "副本 \(c.safe(copy)) 未通过校验（它照原样复制了 \(c.safe(c.dbPath))，所以原文件也有问题）：",
                            en: "The copy \(c.safe(copy)) failed verification (it is a faithful copy, so \(c.safe(c.dbPath)) has the problem too):"))
            c.note(report.description(language: c.storeLanguage))
            return 1
        }
        c.say(c.t.pick(zh: "已备份 \(c.safe(c.dbPath)) 到 \(c.safe(copy))。", en: "Backed up \(c.safe(c.dbPath)) to \(c.safe(copy))."))
        c.say(report.description(language: c.storeLanguage))
        if let head { c.say(headLine(head, c)) }
        return 0
    }

    /// The chain head line: what to write down outside the file.
    static func headLine(_ head: ChainHead, _ c: CommandContext) -> String {
        c.t.pick(zh: "链头（请另行记下）：\(head.text)  （\(head.at)）", en: "Chain head (write it down elsewhere): \(head.text)  (\(head.at))")
    }

    /// Removes the oldest timestamped copies of this file in `folder` beyond the newest `keep`.
    static func prune(_ folder: String, keep: Int, _ c: CommandContext) throws {
        let mine = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix(prefix(c)) && $0.hasSuffix("Z.sqlite") }
            .sorted()
        for name in mine.dropLast(keep) {
            try FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    static func positiveNumber(_ option: String, _ text: String, _ c: CommandContext) throws -> Int {
        guard let n = Int(text), n > 0 else {
            throw Arguments.Problem(message: c.t.pick(zh: "\(option) 需要一个正整数，而不是“\(c.safe(text))”。",
                                                      en: "\(option) needs a positive whole number, not \(c.safe(text))."))
        }
        return n
    }
}
