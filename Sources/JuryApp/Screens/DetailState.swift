import JuryStore

/// The dossier being read: which entrant, its data once loaded, scroll and the chosen screenshot.
public struct DetailState: Sendable {
    /// Which pane the movement keys act on.
    public enum Pane: Sendable, Equatable { case dossier, screenshots }

    public var summary: EntrantSummary?
    public var detail: EntrantDetail?
    public var scroll = 0
    public var pane = Pane.dossier
    public var screenshot = 0

    public init(summary: EntrantSummary? = nil) { self.summary = summary }

    /// Every screenshot with the account it belongs to, in account order.
    var screenshots: [(account: String, path: String)] {
        (detail?.entrant?.accounts ?? []).flatMap { account in account.screenshots.map { (account.nickname, $0) } }
    }
}
