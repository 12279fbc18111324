import TerminalKit

extension App {
    /// Draws the whole frame for `state` into `buffer` (which has the terminal's size).
    public static func render(_ state: AppState, into buffer: ScreenBuffer, theme: Theme) {
        buffer.clear(style: theme[.normal])
        buffer.cursor = nil
        let size = buffer.size
        let l10n = state.l10n
        if Frame.isTooSmall(size) {
            let message = l10n(.enlargeWindow, ["cols": String(Frame.minimum.width), "rows": String(Frame.minimum.height),
                                                "w": String(size.width), "h": String(size.height)])
            TooSmallNotice.draw(into: buffer.region, minimum: Frame.minimum, message: message, theme: theme)
            return
        }
        drawTitle(state, into: buffer.region(Frame.title(size)), theme: theme)
        state.top.render(into: buffer.region(Frame.body(size)), state.context, theme: theme)
        let message = buffer.region(Frame.message(size))
        if state.writeWaiting {
            message.put(l10n(.writeWaiting), x: 1, y: 0, style: theme[.warning], maxWidth: size.width - 2)
        } else if let status = state.status {
            message.put(status.text, x: 1, y: 0, style: theme[status.kind == .error ? .error : .success], maxWidth: size.width - 2)
        }
        drawStatusBar(state, into: buffer.region(Frame.status(size)), theme: theme)
        switch state.overlay {
        case .help(let help)?:
            buffer.cursor = nil
            help.draw(into: buffer.region(Frame.body(size)), theme: theme)
        case .confirm(let dialog, _, _)?:
            buffer.cursor = nil
            dialog.draw(into: buffer.region, theme: theme)
        case nil: break
        }
    }

    private static func drawTitle(_ state: AppState, into region: Region, theme: Theme) {
        region.fill(style: theme[.header])
        let left = " \(state.l10n(.appName)) · \(state.top.title(state.context))"
        let used = region.put(left, x: 0, y: 0, style: theme[.header], maxWidth: region.width)
        let contest = state.text(state.definition.title)
        let room = region.width - used - 3
        if room > 8 {
            let shown = contest.truncated(toWidth: room)
            region.put(shown, x: region.width - 1 - shown.displayWidth, y: 0, style: theme[.header])
        }
    }

    private static func drawStatusBar(_ state: AppState, into region: Region, theme: Theme) {
        let l10n = state.l10n
        var left: [String] = []
        if let user = state.session {
            left.append(l10n(.statusUser, ["name": user.name, "role": Labels.role(user.role, l10n)]))
        } else {
            left.append(l10n(.notSignedIn))
        }
        left.append(state.phaseLabel)
        // Who and where must stay readable: drop the screen's less important hints before cutting them
        // (its main key, the way back and help always stay), and shorten the path
        // from the left (the file's name matters more than its folders). The path gets room only if it
        // can fit beside the hints that are kept longest.
        let pathMinimum = state.statusPath.minimumWidth
        let fixedWidth = left.joined(separator: " │ ").displayWidth
        var hints = statusHints(state)
        // A set of hints is as wide as its hints and the two spaces between each.
        func width(_ hints: [StatusHint]) -> Int { hints.reduce(0) { $0 + $1.width } + 2 * max(0, hints.count - 1) }
        let kept = hints.enumerated().filter { $0.offset == 0 || $0.element.priority == .essential }.map(\.element)
        let pathReserve = fixedWidth + 3 + pathMinimum + width(kept) + 4 <= region.width ? 3 + pathMinimum : 0
        while width(hints) > region.width - fixedWidth - pathReserve - 4, let drop = hintToDrop(hints) {
            hints.remove(at: drop)
        }
        let pathRoom = min(32, region.width - fixedWidth - 3 - width(hints) - 4)
        if pathRoom >= pathMinimum { left.append(state.statusPath.shown(in: pathRoom)) }
        StatusBar(left: left, right: [hints.map(\.text).joined(separator: "  ")]).draw(into: region, theme: theme)
    }

    /// Which hint a narrow status bar gives up next: the last one that is neither essential nor the
    /// screen's first (its main action); nil when only those remain (then the left side is shortened).
    static func hintToDrop(_ hints: [StatusHint]) -> Int? {
        hints.indices.dropFirst().last { hints[$0].priority != .essential }
    }
}
