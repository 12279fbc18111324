import JuryCore

/// How far a long import has got. While a file is read, checked and written in one pass
/// (`.checking`: a registrations file), `done` and `total` are bytes of the file and `rows` the rows
/// read so far; while rows already read are written (`.writing`: a workbook), `done` and `total` are rows.
public struct ImportProgress: Equatable, Sendable {
    /// What a progress report counts: bytes of a file being read and written, or rows being written.
    public enum Phase: Equatable, Sendable {
        case checking
        case writing
    }

    public var phase: Phase
    public var done: Int
    public var total: Int
    public var rows: Int

    public init(done: Int, total: Int, phase: Phase = .writing, rows: Int? = nil) {
        self.phase = phase
        self.done = done
        self.total = total
        self.rows = rows ?? done
    }

    /// Calls `report` about a hundred times over `total` rows (and always for the last), so a caller
    /// inside a write transaction spends next to nothing on it.
    static func reporter(total: Int, _ report: ((ImportProgress) -> Void)?) -> (Int) -> Void {
        guard let report else { return { _ in } }
        let step = max(1, total / 100)
        return { done in
            if done % step == 0 || done == total { report(ImportProgress(done: done, total: total)) }
        }
    }
}

/// Turns a reading pass's position into about a hundred `.checking` reports over the file. Used
/// from the reading thread only; the caller's closure is called there.
final class ByteProgress: @unchecked Sendable {
    private let total: Int
    private let report: ((ImportProgress) -> Void)?
    private var lastShown = 0

    init(total: Int, report: ((ImportProgress) -> Void)?) {
        self.total = total
        self.report = report
    }

    func update(_ p: ImportScan.Position) {
        guard let report, p.bytesRead - lastShown >= max(1, total / 100) else { return }
        lastShown = p.bytesRead
        report(ImportProgress(done: p.bytesRead, total: max(total, p.bytesRead), phase: .checking, rows: p.rows))
    }
}
