import Foundation
import JuryCore
import JuryStore

/// `jurydesk awards allocate|lock|unlock --as CHAIR [--method M] [--reason TEXT] [--pin-stdin]`:
/// the chair's award work from the command line, as the chair (PIN asked like `export --unmasked`).
enum AwardsCommand {
    static let kinds = ["allocate", "lock", "unlock"]

    static func run(_ c: CommandContext) throws -> Int32 {
        let usage = c.t(.cliAwardsUsage)
        let kind = try c.positional(0, "ACTION", usage: usage)
        try c.noExtra(after: 1, usage: usage)
        guard kinds.contains(kind) else { throw c.unknownKind(what: "awards", kind, choices: kinds) }
        guard let chair = c.args.value("as") else {
            c.note(c.t(.cliAwardsNeedsChair))
            return 77
        }
        let store = try c.openStore()
        let definition = try store.contestDefinition()
        var method: RankingMethod?
        if let name = c.args.value("method") {
            guard let m = ResultsRepository.method(named: name, policy: definition.voting) else {
                throw Arguments.Problem(message: c.t(.cliUnknownMethod, ["name": name, "choices": ResultsRepository.methodNames.joined(separator: ", ")]))
            }
            method = m
        }
        if kind == "unlock", (c.args.value("reason") ?? "").trimmingCharacters(in: .whitespaces).isEmpty {
            c.note(c.t(.cliUnlockNeedsReason))
            return 64
        }
        guard try signIn(chair, store: store, c) else { return 77 }
        switch kind {
        case "allocate":
            let (snapshot, ranking) = try store.results.ranking(definition: definition, method: method)
            let allocation = AwardAllocator.allocate(ranking.awardCandidates(followers: snapshot.followers), plan: definition.awards)
            try store.awards.allocate(allocation, method: ranking.method.description, actor: chair)
            c.say(c.t(.cliAwardsAllocated, [
                "method": ranking.method.label(c.contestLanguage),
                "winners": String(allocation.awards.reduce(0) { $0 + $1.entrantIds.count }),
                "shortfall": String(allocation.awards.reduce(0) { $0 + $1.shortfall }),
                "incomplete": String(ranking.incompleteFinalists.count),
            ]))
        case "lock":
            let head = try store.results.lock(actor: chair)
            c.say(c.t(.cliAwardsLocked, ["head": head.text]))
        default:
            try store.results.unlock(reason: c.args.value("reason") ?? "", actor: chair)
            c.say(c.t(.cliAwardsUnlocked))
        }
        return 0
    }

    /// The chair's PIN, from the terminal or `--pin-stdin`; a wrong role or PIN is refused with a note.
    static func signIn(_ name: String, store: Store, _ c: CommandContext) throws -> Bool {
        let pin = c.args.flag("pin-stdin") ? PinReader.lineFromStdin()
                                           : PinReader.fromTerminal(prompt: c.t(.cliPinPrompt, ["name": c.safe(name)]))
        guard let pin, !pin.isEmpty else { c.note(c.t(.cliPinNoInput)); return false }
        switch try store.users.authenticate(name: name, pin: pin) {
        case .success(let account) where account.role == .chair:
            return true
        case .success, .unknownOrInactive:
            c.note(c.t(.cliNotChair, ["name": c.safe(name)]))
        case .wrongPin(let wait) where wait > 0, .tooSoon(let wait):
            c.note(c.t(.cliWaitPin, ["seconds": String(wait)]))
        case .wrongPin:
            c.note(c.t(.cliWrongPin))
        }
        return false
    }
}
