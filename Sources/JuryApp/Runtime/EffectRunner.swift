import Foundation
import JuryCore
import JuryStore

/// Runs requests against the store (the only part of the app that does) and answers with replies.
///
/// One file per feature (`EffectRunner+Users.swift`, …); this one dispatches, names the actor and
/// turns failures into text in the user's language.
public final class EffectRunner {
    public let store: Store
    public let definition: ContestDefinition
    public var viewer: ExternalViewer
    /// `open --user NAME` (the SSH deployment): the only person this session may sign in as.
    public var onlyUser: String?
    /// Screenshots drawn with chafa, kept per path and size (reviewing's dossier).
    public var pictures = ScreenshotPictures()
    /// Entry videos' real duration and resolution read with ffprobe, kept per file.
    public var videoProbe = VideoProbe()
    /// Each queue row's automatic-check outcome, kept until the entrant's row changes.
    let queueChecks = QueueCheckCache()
    /// How long one try of a write waits for another session's lock before the loop takes over.
    public var interactiveWriteWait: TimeInterval = 0.25
    /// The chair's last computed ranking, kept until the file changes (EffectRunner+Chair.swift).
    let chairCache = ChairCache()

    /// What became of a request.
    public enum Outcome: Sendable {
        /// Done; the reply (if any) goes back to whoever asked.
        case done(Reply?)
        /// A write could not get the lock in its short wait: keep it and try again from the loop.
        case busy
    }

    public init(store: Store, definition: ContestDefinition, viewer: ExternalViewer = ExternalViewer()) {
        self.store = store
        self.definition = definition
        self.viewer = viewer
    }

    /// Runs one request; errors come back as `Reply.failed` in `language`, never thrown.
    public func perform(_ request: Request, language: Language) -> Outcome {
        let l10n = Localizer(language)
        do {
            // A write waits for the lock only briefly; the loop tries again, so the screen never freezes.
            if request.effect.isWrite {
                return .done(try store.withWriteDeadline(interactiveWriteWait) { try run(request, l10n) })
            }
            return .done(try run(request, l10n))
        } catch let error as StoreError where error.isBusy || error.isBusyTimeout {
            return .busy
        } catch let error as StoreError {
            return .done(.failed(error.message(language: language.messageLanguage)))
        } catch let error as RunnerError {
            return .done(.failed(error.message(l10n)))
        } catch {
            return .done(.failed(l10n(.unexpectedError, ["error": "\(error)"])))
        }
    }

    private func run(_ request: Request, _ l10n: Localizer) throws -> Reply? {
        switch request.effect {
        case .session(let effect): return try run(effect)
        case .phase(let effect): return try run(effect, actor: try actor(of: request))
        case .entrants(let effect): return try run(effect)
        case .users(let effect): return try run(effect, actor: try actor(of: request))
        case .files(let effect): return try run(effect, l10n)
        case .review(let effect): return try run(effect, actor: try actor(of: request))
        case .judging(let effect): return try run(effect, actor: try actor(of: request))
        case .chair(let effect): return try run(effect, actor: try actor(of: request))
        }
    }

    /// The signed-in user a write is made as; a write without one is refused, never given a stand-in name.
    private func actor(of request: Request) throws -> String {
        guard request.effect.isWrite else { return request.actor ?? "" }
        guard let actor = request.actor, !actor.isEmpty else { throw RunnerError.notSignedIn }
        return actor
    }
}

/// A refusal by the runner itself, before the store is asked.
enum RunnerError: Error {
    case notSignedIn

    func message(_ l10n: Localizer) -> String {
        switch self {
        case .notSignedIn: l10n(.notSignedInForWrite)
        }
    }
}
