import JuryCore
import JuryStore

/// Work for the runtime: reads, audited writes, opening a file — grouped by feature, each with its
/// runner file (`EffectRunner+Users.swift`, …). Equatable, so `update` is testable without a database.
public enum Effect: Sendable, Equatable {
    case session(SessionEffect)
    case phase(PhaseEffect)
    case entrants(EntrantsEffect)
    case users(UsersEffect)
    case files(FileEffect)
    case review(ReviewEffect)
    case judging(JudgingEffect)
    case chair(ChairEffect)

    /// Whether the runtime may hold the effect until no key is waiting (see `AppRuntime.deferred`).
    public var isDeferrable: Bool {
        if case .entrants(let e) = self { e.isDeferrable } else { false }
    }

    /// Whether the effect changes the file (it then waits for the write lock, made as the signed-in user).
    public var isWrite: Bool {
        switch self {
        case .session(let e): e.isWrite
        case .phase(let e): e.isWrite
        case .entrants: false
        case .users(let e): e.isWrite
        case .files: false
        case .review(let e): e.isWrite
        case .judging(let e): e.isWrite
        case .chair(let e): e.isWrite
        }
    }
}

/// Signing in and staying signed in.
public enum SessionEffect: Sendable, Equatable {
    /// The users who may sign in (the login list).
    case loadUsers
    /// Checks a PIN (counts as a write: failures and lockouts are recorded).
    case authenticate(name: String, pin: String)
    /// Whether the signed-in user is still active (an admin may have deactivated them meanwhile).
    case checkActive(name: String)

    var isWrite: Bool { if case .authenticate = self { true } else { false } }
}

/// The contest's current phase.
public enum PhaseEffect: Sendable, Equatable {
    case load
    case set(id: String)

    var isWrite: Bool { if case .set = self { true } else { false } }
}

/// Reading entrants: progress counts, a window of the list, its count when the window left it open, one dossier.
public enum EntrantsEffect: Sendable, Equatable {
    case progress
    case page(EntrantPageRequest)
    case count(EntrantCountRequest)
    case dossier(EntrantSummary)

    /// Work that can wait for a pause in typing, and is dropped when a newer one from the same screen replaces it.
    var isDeferrable: Bool { if case .count = self { true } else { false } }
}

/// The admin's work on users.
public enum UsersEffect: Sendable, Equatable {
    case list
    case add(UserDraft)
    case edit(name: String, role: Role, unit: String, city: String)
    case deactivate(name: String)
    case reactivate(name: String)
    case resetPin(name: String, pin: String)
    /// Clears a locked account's wrong-PIN count (after too many wrong PINs).
    case unlock(name: String)

    var isWrite: Bool { if case .list = self { false } else { true } }
}

/// Files opened outside the terminal.
public enum FileEffect: Sendable, Equatable {
    /// Opens a screenshot or video in `$JURYDESK_VIEWER` or `xdg-open`; the path is as stored.
    case open(storedPath: String)
}

/// A new user as typed into the admin form.
public struct UserDraft: Sendable, Equatable {
    public var name: String
    public var role: Role
    public var unit: String
    public var city: String
    public var pin: String

    public init(name: String, role: Role, unit: String, city: String, pin: String) {
        self.name = name
        self.role = role
        self.unit = unit
        self.city = city
        self.pin = pin
    }
}

/// An effect with who asked for it: the screen instance that gets the reply, and the user it acts as.
public struct Request: Sendable, Equatable {
    public var origin: Origin
    /// The signed-in user at the time of asking; writes are made as this user, never as a fallback.
    public var actor: String?
    public var effect: Effect

    public init(origin: Origin, actor: String?, effect: Effect) {
        self.origin = origin
        self.actor = actor
        self.effect = effect
    }
}

/// Who a reply goes back to.
public enum Origin: Sendable, Equatable, Hashable {
    /// The app itself (the phase line, the session check).
    case app
    case screen(ScreenID)
}
