import Foundation

/// `PRAGMA integrity_check` on a connection of its own, in a thread of its own, so `verify` checks the
/// file's structure on one core while it rehashes the chain and every sealed row on the other.
/// The connection is made and used only inside that thread (connections are not shared across threads).
final class IntegrityCheck: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    private var lines: [String] = []
    private var failure: Error?

    /// Starts the check on `path`; `result()` waits for it.
    init(path: String) {
        let thread = Thread { [self] in
            do {
                let db = try Database(path: path, flags: [.readOnly, .noMutex])
                db.setBusyTimeout(milliseconds: 5000)
                lines = try db.query("PRAGMA integrity_check").map { $0.values.first?.string ?? "" }
            } catch {
                failure = error
            }
            done.signal()
        }
        thread.start()
    }

    /// The lines the check printed ("ok" when the file is sound); throws what opening or checking threw.
    func result() throws -> [String] {
        done.wait()
        if let failure { throw failure }
        return lines
    }
}
