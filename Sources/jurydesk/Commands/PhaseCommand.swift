import Foundation
import JuryCore
import JuryStore

/// `jurydesk phase [PHASE]`: shows the current contest phase, or sets it (audited). A phase is named
/// by its id or by its label in either language, as the contest definition writes it (评选投票期).
enum PhaseCommand {
    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 1, usage: c.usage)
        let store = try c.openStore()
        let definition = try ContestDefinition.decode(Data(try store.settings.contestDefinitionJSON().utf8))
        if c.args.flag("ids") {
            for p in definition.phases { c.say(c.safe(p.id)) }
            return 0
        }
        func label(_ id: String?) -> String {
            guard let id else { return c.t(.cliPhaseNone) }
            guard let p = definition.phases.first(where: { $0.id == id }) else { return id }
            return "\(id)  " + c.t.pick(zh: p.label.zh, en: p.label.en)
        }
        guard let wanted = c.args.positionals.first else {
            c.say(c.t(.cliPhaseCurrent, ["phase": label(try store.phase.current())]))
            return 0
        }
        let typed = wanted.trimmingCharacters(in: .whitespaces)
        guard let phase = definition.phases.first(where: {
            $0.id == typed || $0.label.zh == typed || $0.label.en.caseInsensitiveCompare(typed) == .orderedSame
        }) else {
            throw Arguments.Problem(message: c.t(.cliPhaseUnknown, [
                "name": c.safe(wanted),
                "choices": definition.phases.map { "\($0.id) (\(c.t.pick(zh: $0.label.zh, en: $0.label.en)))" }.joined(separator: ", "),
            ]))
        }
        try store.phase.set(phase.id, actor: c.actor)
        c.say(c.t(.cliPhaseSet, ["phase": label(phase.id)]))
        return 0
    }
}
