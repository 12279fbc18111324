import JuryStore

/// `jurydesk verify --db PATH`: integrity check, audit chain, audited rows; non-zero on any problem.
enum VerifyCommand {
    static let usage = "jurydesk verify --db PATH"

    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 0, usage: usage)
        let report = try c.openStore().verify()
        if report.ok {
            c.say(report.description(language: c.storeLanguage))
            return 0
        }
        c.note(c.t(.cliVerifyFailed, ["path": c.dbPath]))
        c.note(report.description(language: c.storeLanguage))
        return 1
    }
}
