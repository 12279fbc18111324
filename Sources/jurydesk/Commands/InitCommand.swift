import Foundation
import JuryCore
import JuryStore

/// `jurydesk init --db FILE --contest CONTEST.json [--journal wal|delete] [--force]`
enum InitCommand {

    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 0, usage: c.usage)
        guard let contestPath = c.args.value("contest") else {
            throw Arguments.Problem(message: c.t(.cliMissingArgument, ["name": "--contest", "usage": c.usage]))
        }
        let data = try c.read(contestPath)
        let definition: ContestDefinition
        do { definition = try ContestDefinition.decode(data) } catch {
            c.note("\(contestPath): " + error.message(language: c.contestLanguage))
            return 65
        }
        _ = try Store.create(at: c.dbPath, contestDefinitionJSON: String(decoding: data, as: UTF8.self),
                             force: c.args.flag("force"), journal: c.journal)
        c.say(c.t(.cliInitDone, ["path": c.dbPath, "contest": c.t.pick(zh: definition.title.zh, en: definition.title.en),
                                 "version": String(Migrations.latestVersion)]))
        return 0
    }
}
