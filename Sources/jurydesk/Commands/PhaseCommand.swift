import Foundation
import JuryCore
import JuryStore

/// `jurydesk phase [PHASE-ID]`: shows the current contest phase, or sets it (audited).
enum PhaseCommand {
    static let usage = "jurydesk phase [PHASE-ID --as ADMIN [--pin-stdin]] --db PATH"

    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 1, usage: usage)
        let store = try c.openStore()
        let definition = try ContestDefinition.decode(Data(try store.settings.contestDefinitionJSON().utf8))
        func label(_ id: String?) -> String {
            guard let id else { return c.t(.cliPhaseNone) }
            guard let p = definition.phases.first(where: { $0.id == id }) else { return id }
            return "\(id)  " + c.t.pick(zh: p.label.zh, en: p.label.en)
        }
        guard let wanted = c.args.positionals.first else {
            c.say(c.t(.cliPhaseCurrent, ["phase": label(try store.phase.current())]))
            return 0
        }
        guard definition.phases.contains(where: { $0.id == wanted }) else {
            throw Arguments.Problem(message: c.t(.cliPhaseUnknown, [
                "name": wanted, "choices": definition.phases.map(\.id).joined(separator: ", "),
            ]))
        }
        guard let actor = try CommandSignIn.actor(c, store: store, command: "phase") else { return 77 }
        try store.phase.set(wanted, actor: actor)
        c.say(c.t(.cliPhaseSet, ["phase": label(wanted)]))
        return 0
    }
}
