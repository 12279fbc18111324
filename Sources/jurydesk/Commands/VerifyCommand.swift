import JuryApp
import JuryStore

/// `jurydesk verify --db PATH [--head SEQ:HASH]…`: integrity check, audit chain, audited rows, and
/// heads written down earlier; non-zero on any problem. Ends with the chain head: `head SEQ HASH`.
enum VerifyCommand {
    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 0, usage: c.usage)
        var anchors: [ChainHead] = []
        for text in c.args.values("head") {
            guard let anchor = ChainHead(parsing: text) else {
                throw Arguments.Problem(message: c.t(.cliHeadAnchor, ["anchor": c.safe(text)]))
            }
            anchors.append(anchor)
        }
        let report = try c.openStore().verify(anchors: anchors)
        defer { printHead(report.head, c) }
        if report.ok {
            c.say(report.description(language: c.storeLanguage))
            return 0
        }
        c.note(c.t(.cliVerifyFailed, ["path": c.dbPath]))
        c.note(report.description(language: c.storeLanguage))
        return 1
    }

    /// The chain head on its own line of stdout, last, so scripts can `tail -1` it.
    static func printHead(_ head: ChainHead?, _ c: CommandContext) {
        guard let head else { return }
        c.say(head.line)
    }
}
