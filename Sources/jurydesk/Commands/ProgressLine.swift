import Foundation
import JuryApp
import JuryStore

/// One line on stderr that an import rewrites in place ("12,000 / 100,000 rows (12%)"); only for a terminal.
final class ProgressLine {
    private let t: Localizer
    private var lastDrawn: TimeInterval = 0
    private var drawn = false

    init(_ t: Localizer) { self.t = t }

    /// Draws at most ten times a second (and always the last row): the caller holds the write lock.
    func update(_ p: ImportProgress) {
        let now = Date().timeIntervalSinceReferenceDate
        guard p.done == p.total || now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        drawn = true
        let percent = p.total == 0 ? 100 : p.done * 100 / p.total
        switch p.phase {
        case .checking:
            write("\r\u{1B}[K" + t(.cliImportChecking, ["rows": String(p.rows), "percent": String(percent)]))
        case .writing:
            write("\r\u{1B}[K" + t(.cliImportProgress, ["done": String(p.done), "total": String(p.total), "percent": String(percent)]))
        }
    }

    /// Clears the line so the summary that follows starts clean.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
