/// The automatic checks' outcome per queue row, keyed by round, entrant and the row's last change.
final class QueueCheckCache {
    private var values: [String: ReviewQueuePage.Checks] = [:]

    func value(for key: String) -> ReviewQueuePage.Checks? { values[key] }

    func store(_ checks: ReviewQueuePage.Checks, for key: String) {
        // Old keys of changed rows are never asked again; drop everything now and then rather than track them.
        if values.count > 200_000 { values.removeAll() }
        values[key] = checks
    }
}
