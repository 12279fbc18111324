import JuryCore
import JuryStore
import TerminalKit

/// One entrant's dossier, read-only: profile, accounts, screenshots, works, votes, automatic checks.
struct EntrantDetailScreen: Screen {
    enum Action: Sendable { case move(ListMove), pane, openShot, openVideo, back }
    /// Which pane the movement keys act on.
    enum Pane: Sendable, Equatable { case dossier, screenshots }

    var summary: EntrantSummary
    var detail: EntrantDetail?
    var scroll = 0
    var pane = Pane.dossier
    var screenshot = 0
    /// The selected screenshot drawn by chafa (or why not), for the screenshot pane.
    var picture: ScreenshotPicture?

    init(summary: EntrantSummary) { self.summary = summary }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.tab, .backTab], "Tab", .keySwitchPane, .pane, status: .shown),
        KeyBinding([.char("o"), .enter], "o/Enter", .keyOpenScreenshot, .openShot, status: .shown),
        KeyBinding([.char("v")], "v", .keyOpenVideo, .openVideo),
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    /// Every screenshot with the account it belongs to, in account order.
    var screenshots: [(account: String, path: String)] {
        (detail?.entrant?.accounts ?? []).flatMap { account in account.screenshots.map { (account.nickname, $0) } }
    }

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.detailTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        switch action {
        case .move(let move):
            if pane == .screenshots {
                var list = TableState(selected: screenshot)
                move.apply(to: &list, rowCount: screenshots.count, visible: 3)
                screenshot = list.selected
                return pictureRequest(ctx)
            } else {
                scrollDossier(move, ctx)
            }
        case .pane:
            pane = pane == .dossier && !screenshots.isEmpty ? .screenshots : .dossier
        case .openShot:
            let shots = screenshots
            guard shots.indices.contains(screenshot) else { return [.status(.error(ctx.l10n(.noScreenshots)))] }
            return [.run(.files(.open(storedPath: shots[screenshot].path)))]
        case .openVideo:
            guard let file = detail?.entrant?.entryVideo?.file, !file.isEmpty else { return [.status(.error(ctx.l10n(.noVideoFile)))] }
            return [.run(.files(.open(storedPath: file)))]
        case .back:
            return [.pop]
        }
        return []
    }

    private mutating func scrollDossier(_ move: ListMove, _ ctx: ScreenContext) {
        let lines = DetailLines.build(detail, ctx, width: ctx.body.width - 2).count
        let visible = dossierHeight(ctx)
        let maxScroll = max(0, lines - visible)
        var target = scroll
        switch move {
        case .up: target -= 1
        case .down: target += 1
        case .pageUp: target -= max(1, visible - 1)
        case .pageDown: target += max(1, visible - 1)
        case .halfUp: target -= max(1, visible / 2)
        case .halfDown: target += max(1, visible / 2)
        case .top: target = 0
        case .bottom: target = maxScroll
        }
        scroll = min(max(0, target), maxScroll)
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        if case .review(.picture(let drawn)) = reply {
            picture = drawn
            return []
        }
        guard case .entrants(.dossier(let loaded)) = reply, loaded.summary.id == summary.id else { return [] }
        detail = loaded
        summary = loaded.summary
        screenshot = min(screenshot, max(0, screenshots.count - 1))
        return pictureRequest(ctx)
    }

    /// Asks for the selected screenshot drawn to the pane's picture area, unless it is already drawn at that size.
    func pictureRequest(_ ctx: ScreenContext) -> [Command] {
        let shots = screenshots
        guard shots.indices.contains(screenshot) else { return [] }
        // Ask at the size a drawn picture gets (tall terminals give it a tall pane).
        let area = pictureArea(width: ctx.body.width, height: ctx.body.height,
                               paneHeight: screenshotPaneHeight(bodyHeight: ctx.body.height, drawn: true))
        guard area.width >= 8, area.height >= 2 else { return [] }
        let path = shots[screenshot].path
        if let picture, picture.stored == path, picture.width == area.width, picture.height == area.height { return [] }
        return [.run(.review(.picture(storedPath: path, width: area.width, height: area.height)))]
    }

    /// Where the picture goes inside the screenshot pane (right of the list), in body coordinates.
    func pictureArea(width: Int, height: Int, paneHeight: Int) -> Rect {
        let inner = Rect(x: 1, y: height - paneHeight + 1, width: max(0, width - 2), height: max(0, paneHeight - 2))
        let listWidth = min(36, inner.width / 2)
        return Rect(x: inner.x + listWidth + 1, y: inner.y, width: max(0, inner.width - listWidth - 1), height: inner.height)
    }

    /// Reads the entrant by id (the browser row it came from may be stale by now).
    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [.run(.entrants(.dossier(summary)))] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { pictureRequest(ctx) }

    /// Tall terminals give the screenshot room to be seen; at 24 lines the dossier keeps most of it.
    /// `drawn`: whether chafa drew the selected screenshot (else the pane lists paths and says why).
    func screenshotPaneHeight(bodyHeight: Int, drawn: Bool? = nil) -> Int {
        if screenshots.isEmpty { return 3 }
        let pictured = drawn ?? (picture?.rows != nil)
        return pictured && bodyHeight >= 36 ? 14 : min(6, max(4, screenshots.count + 2))
    }

    func dossierHeight(_ ctx: ScreenContext) -> Int { max(1, ctx.body.height - screenshotPaneHeight(bodyHeight: ctx.body.height) - 1) }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let heading = "\(summary.name) · \(summary.id) · \(Labels.stage(summary.stage, l10n))"
            + (summary.recommended ? " · \(l10n(.recommendedByUnit))" : "")
        region.put(heading, x: 1, y: 0, style: theme[.title], maxWidth: region.width - 2)
        guard detail != nil else {
            region.put(l10n(.loading), x: 1, y: 2, style: theme[.dim])
            return
        }
        let dossierRect = Rect(x: 1, y: 1, width: region.width - 2, height: dossierHeight(ctx))
        let dossier = region.region(dossierRect)
        let lines = DetailLines.build(detail, ctx, width: dossier.width)
        let shownFrom = min(scroll, max(0, lines.count - dossier.height))
        for (i, line) in lines.dropFirst(shownFrom).prefix(dossier.height).enumerated() {
            dossier.put(line.text, x: 0, y: i, style: theme[line.role], maxWidth: dossier.width)
        }
        if shownFrom + dossier.height < lines.count {
            region.put("↓", x: region.width - 1, y: dossierRect.maxY - 1, style: theme[.accent])
        }
        if shownFrom > 0 { region.put("↑", x: region.width - 1, y: 1, style: theme[.accent]) }
        let paneRect = Rect(x: 0, y: dossierRect.maxY, width: region.width, height: region.height - dossierRect.maxY)
        let focused = pane == .screenshots
        let box = Box(title: l10n(.screenshotsTitle), borderRole: focused ? .accent : .border)
            .draw(into: region.region(paneRect), theme: theme)
        let shots = screenshots
        if shots.isEmpty {
            box.put(l10n(.noScreenshots), x: 1, y: 0, style: theme[.dim], maxWidth: box.width - 2)
            return
        }
        let area = pictureArea(width: region.width, height: region.height,
                               paneHeight: screenshotPaneHeight(bodyHeight: region.height))
        let listBox = box.region(Rect(x: 0, y: 0, width: max(0, area.x - 2), height: box.height))
        let list = ListView(rowCount: shots.count) { " \(shots[$0].account) — \(Labels.shortPath(shots[$0].path))" }
        list.draw(into: listBox, state: TableState(selected: screenshot).clamped(rowCount: shots.count, visibleRows: box.height),
                  theme: theme, focused: focused)
        guard area.width > 0 else { return }
        let canvas = region.region(area)
        let path = shots[min(screenshot, shots.count - 1)].path
        guard let picture, picture.stored == path else {
            canvas.put(l10n(.loading), x: 0, y: 0, style: theme[.dim])
            return
        }
        if let rows = picture.rows {
            canvas.put(cells: rows)
            return
        }
        let why: String = switch picture.problem {
        case .fileMissing(let missing)?: l10n(.pictureFileMissing, ["path": missing])
        case .failed(let reason)?: l10n(.pictureFailed, ["reason": reason])
        case .noChafa?, nil: l10n(.pictureNoChafa)
        }
        var y = 0
        for line in TextWrapper.wrap(path + " — " + why, width: max(1, canvas.width)) where y < canvas.height {
            canvas.put(line, x: 0, y: y, style: theme[.dim], maxWidth: canvas.width)
            y += 1
        }
    }
}
