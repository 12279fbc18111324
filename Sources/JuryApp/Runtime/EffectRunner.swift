import Foundation
import JuryCore
import JuryStore

/// Runs effects against the store (the only part of the app that does) and answers with messages.
public final class EffectRunner {
    public let store: Store
    public let definition: ContestDefinition
    public var viewer: ExternalViewer

    public init(store: Store, definition: ContestDefinition, viewer: ExternalViewer = ExternalViewer()) {
        self.store = store
        self.definition = definition
        self.viewer = viewer
    }

    /// Runs one effect; errors come back as `Msg.failed` in `language`, never thrown.
    public func perform(_ effect: Effect, language: Language) -> Msg? {
        do {
            return try run(effect, language: language)
        } catch let error as StoreError {
            return .failed(error.message(language: language.messageLanguage))
        } catch {
            return .failed(Localizer(language)(.unexpectedError, ["error": "\(error)"]))
        }
    }

    private func run(_ effect: Effect, language: Language) throws -> Msg? {
        let l10n = Localizer(language)
        switch effect {
        case .loadLoginUsers:
            return .loginUsersLoaded(try store.users.list())
        case .authenticate(let name, let pin):
            return .loginResult(name: name, outcome: try store.users.authenticate(name: name, pin: pin))
        case .loadPhase:
            return .phaseLoaded(try store.phase.current())
        case .loadProgress:
            // The CHECK on review_stage means every entrant has one of the stages, so they sum to the total.
            let byStage = try store.entrants.countsByStage()
            return .progressLoaded(StageCounts(total: byStage.values.reduce(0, +), byStage: byStage))
        case .loadEntrants(let request):
            return .entrantsLoaded(try loadPage(request))
        case .loadDetail(let summary):
            return .detailLoaded(try loadDetail(summary))
        case .loadUsers:
            return .usersLoaded(try store.users.list())
        case .addUser(let draft):
            try store.users.add(name: draft.name, role: draft.role, unit: draft.unit, city: draft.city, pin: draft.pin, actor: draft.actor)
            return .written(.userAdded(name: draft.name))
        case .deactivateUser(let name, let actor):
            try store.users.deactivate(name: name, actor: actor)
            return .written(.userDeactivated(name: name))
        case .resetPin(let name, let pin, let actor):
            try store.users.resetPin(name: name, pin: pin, actor: actor)
            return .written(.pinReset(name: name))
        case .setPhase(let id, let actor):
            try store.phase.set(id, actor: actor)
            return .written(.phaseSet(id: id))
        case .openFile(let stored):
            let path = ExternalViewer.resolve(stored, baseFolder: try baseFolder())
            switch viewer.open(path) {
            case .opened(let name): return .info(l10n(.viewerOpened, ["viewer": name, "path": path]))
            case .viewerMissing(let name): return .failed(l10n(.viewerMissing, ["viewer": name]))
            case .fileMissing(let path): return .failed(l10n(.fileMissing, ["path": path]))
            case .failed(let name, let reason): return .failed(l10n(.viewerFailed, ["viewer": name, "reason": reason]))
            }
        case .redraw:
            return nil
        }
    }

    /// The folder the registrations were imported from (screenshots are relative to it), else the database's folder.
    func baseFolder() throws -> String {
        if let stored = try store.settings.value(for: Store.mediaFolderKey), !stored.isEmpty { return stored }
        let folder = (store.path as NSString).deletingLastPathComponent
        return folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
    }

    /// Count, position of the kept entrant and window in one read, so they agree; reversed sorts read from the end.
    func loadPage(_ request: EntrantPageRequest) throws -> EntrantPage {
        try store.read { _ in
            var query = EntrantQuery(search: request.search, stage: request.stage, sort: request.sort.key)
            let total = try store.entrants.count(query)
            var request = request
            var keptAt: Int?
            if let id = request.keepId, let position = try store.entrants.position(of: id, in: query) {
                let index = request.displayIndex(ofStoreIndex: position, total: total)
                keptAt = index
                request = request.holding(index, total: total, margin: BrowserState.margin)
            }
            let range = request.storeRange(total: total)
            query.offset = range.offset
            query.limit = range.limit
            var rows = range.limit > 0 ? try store.entrants.page(query) : []
            if request.sort.isReversed { rows.reverse() }
            let start = request.sort.isReversed ? total - range.offset - rows.count : range.offset
            return EntrantPage(generation: request.generation, total: total, start: max(0, start), rows: rows,
                               keepId: request.keepId, keptAt: keptAt)
        }
    }

    func loadDetail(_ summary: EntrantSummary) throws -> EntrantDetail {
        // One read transaction (reads nest), so the entrant, its vote and its stage agree.
        try store.read { _ in
        let entrant = try store.entrants.entrant(id: summary.id)
        let vote = try store.votes.latest(entrantId: summary.id)
        let now = store.clock()
        // The browser row may be stale by now; take the stage and recommendation from the file.
        let fresh = try store.entrants.summary(id: summary.id) ?? summary
        return EntrantDetail(summary: fresh, entrant: entrant, latestVote: vote,
                             roundOne: entrant.map { RoundOneChecks.evaluate($0, definition: definition, asOf: now) } ?? [],
                             roundTwo: entrant.map { RoundTwoChecks.evaluate($0, definition: definition, asOf: now) } ?? [])
        }
    }
}
