import JuryStore

/// `jurydesk verify --db PATH [--head SEQ:HASH]`: integrity check, audit chain, audited rows, and
/// optionally a chain head written down earlier; prints the head it found; non-zero on any problem.
enum VerifyCommand {
    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 0, usage: c.usage)
        var expected: (seq: Int64, hash: String)?
        if let text = c.args.value("head") {
            guard let parsed = ChainHead.parse(text) else {
                throw Arguments.Problem(message: c.t.pick(
                    zh: "--head 的值“\(c.safe(text))”不是 序号:哈希 的形式（例如 1234: 后接 64 位十六进制），请照 backup 或 verify 输出的链头抄写。",
                    en: "--head \(c.safe(text)) is not SEQ:HASH (e.g. 1234: then 64 hex digits): copy the head backup or verify printed."))
            }
            expected = parsed
        }
        let store = try c.openStore()
        let report = try store.verify()
        let head = try store.chainHead()
        var ok = report.ok
        if ok { c.say(report.description(language: c.storeLanguage)) }
        if let head { c.say(BackupCommand.headLine(head, c)) }
        if let expected {
            let found = try store.auditHash(seq: expected.seq)
            if found == expected.hash {
                c.say(c.t.pick(zh: "与记下的链头 \(expected.seq) 一致：此前的审计记录未被改写或截断。",
                               en: "Matches the head written down (\(expected.seq)): the log up to it was neither rewritten nor truncated."))
            } else {
                ok = false
                c.note(found == nil
                    ? c.t.pick(zh: "\(c.dbPath) 中没有第 \(expected.seq) 条审计记录：审计日志被截断，或这不是记下链头的那个文件。",
                               en: "\(c.dbPath) holds no audit entry \(expected.seq): the log was truncated, or this is not the file the head was written down from.")
                    : c.t.pick(zh: "\(c.dbPath) 的第 \(expected.seq) 条审计记录与记下的哈希不同：审计日志被改写过。",
                               en: "Audit entry \(expected.seq) in \(c.dbPath) differs from the hash written down: the log was rewritten."))
            }
        }
        if !report.ok {
            c.note(c.t(.cliVerifyFailed, ["path": c.dbPath]))
            c.note(report.description(language: c.storeLanguage))
        }
        return ok ? 0 : 1
    }
}
