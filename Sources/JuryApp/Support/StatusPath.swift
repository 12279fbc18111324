import TerminalKit

/// The database path as the status bar shows it, worked out once per path rather than on every frame
/// (the bar is drawn with every key): its short form, its file's name, and the narrowest of the two.
struct StatusPath: Sendable, Equatable {
    let path: String
    /// `Labels.shortPath` at its widest (32 cells).
    let full: String
    let fullWidth: Int
    /// The narrowest the path may be shown: its short form, or "…/" and the file's name if narrower.
    let minimumWidth: Int

    init(_ path: String) {
        self.path = path
        full = Labels.shortPath(path)
        fullWidth = full.displayWidth
        let fileName = "…/" + path[(path.lastIndex(of: "/").map(path.index(after:)) ?? path.startIndex)...]
        minimumWidth = min(fullWidth, fileName.displayWidth)
    }

    /// The path in at most `room` cells (at most 32, as `full`).
    func shown(in room: Int) -> String {
        fullWidth <= room ? full : Labels.shortPath(path, maxWidth: room)
    }
}
