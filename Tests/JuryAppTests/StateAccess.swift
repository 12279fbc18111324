@testable import JuryApp
import JuryStore

/// The screens on top of the stack by kind, so tests read like "the browser shows …".
enum Route: Equatable {
    case login, home, entrants, detail, users, userForm, phase, judgeQueue, scoreForm, conflictDeclare, chairRanking, chairBreakdown, chairMatrix, chairReliability, chairPrompt, other
    case reviewQueue, reviewDossier, reviewDecision, reviewOverview
}

extension AppState {
    var route: Route {
        switch top {
        case is LoginScreen: .login
        case is HomeScreen: .home
        case is EntrantBrowserScreen: .entrants
        case is EntrantDetailScreen: .detail
        case is UsersScreen: .users
        case is UserFormScreen: .userForm
        case is PhaseScreen: .phase
        case is JudgeQueueScreen: .judgeQueue
        case is ScoreFormScreen: .scoreForm
        case is ConflictDeclareScreen: .conflictDeclare
        case is ChairRankingScreen: .chairRanking
        case is ChairBreakdownScreen: .chairBreakdown
        case is ChairMatrixScreen: .chairMatrix
        case is ChairReliabilityScreen: .chairReliability
        case is ChairPromptScreen: .chairPrompt
        case is ReviewQueueScreen: .reviewQueue
        case is ReviewDossierScreen: .reviewDossier
        case is ReviewDecisionScreen: .reviewDecision
        case is ReviewOverviewScreen: .reviewOverview
        default: .other
        }
    }

    /// The top screen as `S`; fails the test loudly (a crash names the line) when it is another screen.
    private func screen<S: Screen>(_ type: S.Type) -> S {
        guard let s = top(type) else { preconditionFailure("the top screen is \(Swift.type(of: top)), not \(S.self)") }
        return s
    }

    var login: LoginScreen { screen(LoginScreen.self) }
    var home: HomeScreen { screen(HomeScreen.self) }
    var browser: EntrantBrowserScreen { screen(EntrantBrowserScreen.self) }
    var detail: EntrantDetailScreen { screen(EntrantDetailScreen.self) }
    var users: UsersScreen { screen(UsersScreen.self) }
    var userForm: UserFormScreen { screen(UserFormScreen.self) }
    var phase: PhaseScreen { screen(PhaseScreen.self) }
    var reviewQueue: ReviewQueueScreen { screen(ReviewQueueScreen.self) }
    var reviewDossier: ReviewDossierScreen { screen(ReviewDossierScreen.self) }
    var reviewDecision: ReviewDecisionScreen { screen(ReviewDecisionScreen.self) }
    var reviewOverview: ReviewOverviewScreen { screen(ReviewOverviewScreen.self) }
}

extension Array where Element == Request {
    /// The effects alone, for comparing what `update` asked for.
    var effects: [Effect] { map(\.effect) }
}
