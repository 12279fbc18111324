/// How far a long import has got: rows written so far out of the rows the input holds.
public struct ImportProgress: Equatable, Sendable {
    public var done: Int
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
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
