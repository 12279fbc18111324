import JuryCore
import JuryStore
import TerminalKit

/// One entry of a role's home menu; only entries that lead somewhere working are listed.
enum HomeItem: Sendable, Equatable {
    case entrants(stage: ReviewStage?)
    /// A review round's queue (round 1: the creator and account; round 2: the works).
    case reviewQueue(round: Int)
    /// The chair's view of reviewing.
    case reviewOverview
    case users
    case phase
    /// The judge's finalists with their own status (Screens/Judging).
    case judging
    case chairRanking, chairReliability, chairMatrix
    case signOut

    /// The menu for a role, in the order it is shown.
    static func menu(for role: Role) -> [HomeItem] {
        switch role {
        case .reviewer: [.reviewQueue(round: 1), .reviewQueue(round: 2), .entrants(stage: nil), .signOut]
        case .judge: [.judging, .signOut]
        case .chair: [.entrants(stage: nil), .entrants(stage: .finalist), .chairRanking, .chairMatrix, .chairReliability,
                      .reviewOverview, .signOut]
        case .admin: [.users, .phase, .entrants(stage: nil), .signOut]
        }
    }

    /// The screen the entry opens (nil: it is not a screen).
    var screen: (any Screen)? {
        switch self {
        case .entrants(let stage): EntrantBrowserScreen(stage: stage)
        case .reviewQueue(let round): ReviewQueueScreen(round: round)
        case .reviewOverview: ReviewOverviewScreen()
        case .users: UsersScreen()
        case .phase: PhaseScreen()
        case .judging: JudgeQueueScreen()
        case .chairRanking: ChairRankingScreen()
        case .chairReliability: ChairReliabilityScreen(methodIndex: 0)
        case .chairMatrix: ChairMatrixScreen()
        case .signOut: nil
        }
    }
}

/// The role's home: a short menu and the review progress (entrants per stage).
struct HomeScreen: Screen {
    enum Action: Sendable { case move(ListMove), open, signOut, quit }

    var table = TableState()
    var counts: StageCounts?
    /// Each review round's counts (reviewers' home).
    var reviewCounts: [Int: ReviewQueueRepository.Counts] = [:]

    /// The menu is a few entries that always fit, so there is no paging (help lists only keys that act here).
    static let bindings: [KeyBinding<Action>] = ListMove.shortListBindings(Action.move) + [
        KeyBinding([.enter, .char("l"), .right], "Enter", .open, .open, status: .shown),
        KeyBinding([.char("x")], "x", .signOut, .signOut),
        KeyBinding([.char("q"), .escape], "q", .quit, .quit, status: .shown),
    ]

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.homeTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    static func items(_ ctx: ScreenContext) -> [HomeItem] {
        ctx.session.map { HomeItem.menu(for: $0.role) } ?? []
    }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        let menu = Self.items(ctx)
        switch action {
        case .move(let move):
            move.apply(to: &table, rowCount: menu.count, visible: max(1, menu.count))
        case .open:
            guard menu.indices.contains(table.selected) else { return [] }
            return Self.open(menu[table.selected])
        case .signOut: return [.signOut]
        case .quit: return [.quit(confirmed: false)]
        }
        return []
    }

    static func open(_ item: HomeItem) -> [Command] {
        guard let screen = item.screen else { return [.signOut] }
        return [.push(screen)]
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        if case .entrants(.progress(let loaded)) = reply { counts = loaded }
        if case .review(.homeCounts(let loaded)) = reply { reviewCounts = loaded }
        // The chair's reminders, taken (and marked seen) once after a judge signs in.
        if case .chair(.reminders(let texts)) = reply, !texts.isEmpty {
            return [.status(.info(texts.map { ctx.l10n(.chairReminderLine, ["text": $0]) }.joined(separator: " · ")))]
        }
        return []
    }

    mutating func refresh(_ ctx: ScreenContext) -> [Command] {
        switch ctx.session {
        case let user? where user.role == .judge: return [.run(.entrants(.progress)), .run(.chair(.takeReminders(judge: user.name)))]
        case let user? where user.role == .reviewer: return [.run(.entrants(.progress)), .run(.review(.homeCounts))]
        default: return [.run(.entrants(.progress))]
        }
    }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    func label(_ item: HomeItem, _ ctx: ScreenContext) -> String {
        let l10n = ctx.l10n
        switch item {
        case .entrants(let stage):
            let name: String
            switch stage {
            case nil: name = l10n(.menuAllEntrants)
            case .registered?: name = l10n(.menuAwaitingRoundOne)
            case .round1Passed?: name = l10n(.menuAwaitingRoundTwo)
            case .finalist?: name = l10n(.menuFinalists)
            case let other?: name = Labels.stage(other, l10n)
            }
            guard let counts else { return name }
            let n = stage.map { counts.byStage[$0] ?? 0 } ?? counts.total
            return l10n(.labelWithCount, ["label": name, "count": HumanNumber.grouped(n)])
        case .reviewQueue(let round):
            if let c = reviewCounts[round] {
                return l10n(.reviewHomeLine, ["round": l10n(round == 1 ? .reviewHomeRoundOne : .reviewHomeRoundTwo),
                                              "pending": HumanNumber.grouped(c.pending), "passed": HumanNumber.grouped(c.passed),
                                              "rejected": HumanNumber.grouped(c.rejected), "info": HumanNumber.grouped(c.needsInfo),
                                              "taken": HumanNumber.grouped(c.taken)])
            }
            let name = l10n(round == 1 ? .menuAwaitingRoundOne : .menuAwaitingRoundTwo)
            guard let counts else { return name }
            let n = counts.byStage[ReviewStage.waiting(forRound: round)] ?? 0
            return l10n(.labelWithCount, ["label": name, "count": HumanNumber.grouped(n)])
        case .reviewOverview: return l10n(.menuReviewOverview)
        case .users: return l10n(.menuUsers)
        case .phase: return l10n(.menuPhase)
        case .judging: return l10n(.menuJudgingPlain)
        case .chairRanking: return l10n(.chairMenuRanking)
        case .chairReliability: return l10n(.chairMenuReliability)
        case .chairMatrix: return l10n(.chairMenuMatrix)
        case .signOut: return l10n(.signOut)
        }
    }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let menu = Self.items(ctx)
        let wide = region.width >= 100
        let menuWidth = wide ? region.width / 2 : region.width
        let menuHeight = min(region.height, menu.count + 4)
        let menuBox = Box(title: l10n(.homeMenuTitle)).draw(into: region.region(Rect(x: 0, y: 0, width: menuWidth, height: menuHeight)), theme: theme)
        if let user = ctx.session {
            menuBox.put(l10n(.homeWelcome, ["name": user.name, "role": Labels.role(user.role, l10n)]), x: 1, y: 0,
                        style: theme[.title], maxWidth: menuBox.width - 2)
        }
        let list = ListView(rowCount: menu.count) { "  " + label(menu[$0], ctx) }
        list.draw(into: menuBox.region(Rect(x: 0, y: 2, width: menuBox.width, height: max(0, menuBox.height - 2))),
                  state: table, theme: theme)
        let progressRect = wide
            ? Rect(x: menuWidth + 1, y: 0, width: region.width - menuWidth - 1, height: min(region.height, 11))
            : Rect(x: 0, y: menuHeight, width: region.width, height: min(11, region.height - menuHeight))
        guard progressRect.height >= 3 else { return }
        let box = Box(title: l10n(.progressTitle)).draw(into: region.region(progressRect), theme: theme)
        guard let counts else {
            box.put(l10n(.loading), x: 1, y: 0, style: theme[.dim])
            return
        }
        box.put(l10n(.progressTotal, ["count": HumanNumber.grouped(counts.total)]), x: 1, y: 0, style: theme[.normal], maxWidth: box.width - 2)
        let items = ReviewStage.allCases.map { BarChart.Item(Labels.stage($0, l10n), Double(counts.byStage[$0] ?? 0)) }
        BarChart(items: items, maxValue: Double(max(1, counts.total)), format: { HumanNumber.grouped(Int($0)) })
            .draw(into: box.region(Rect(x: 1, y: 1, width: max(0, box.width - 2), height: max(0, box.height - 1))), theme: theme)
    }
}
