import Foundation
import JuryStore

/// One line on stderr that an import rewrites in place ("12,000 / 100,000 rows (12%)"); only for a terminal.
final class ProgressLine {
    private let zh: Bool
    private var lastDrawn: TimeInterval = 0
    private var drawn = false

    init(chinese: Bool) { zh = chinese }

    /// Draws at most ten times a second (and always the last row): the caller holds the write lock.
    func update(_ p: ImportProgress) {
        let now = Date().timeIntervalSinceReferenceDate
        guard p.done == p.total || now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        drawn = true
        let percent = p.total == 0 ? 100 : p.done * 100 / p.total
        let text = zh ? "正在写入 \(p.done)/\(p.total) 行（\(percent)%）" : "writing \(p.done)/\(p.total) rows (\(percent)%)"
        write("\r\u{1B}[K" + text)
    }

    /// Clears the line so the summary that follows starts clean.
    func finish() {
        if drawn { write("\r\u{1B}[K") }
        drawn = false
    }

    private func write(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }
}
