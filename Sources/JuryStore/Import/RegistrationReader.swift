import Foundation
import JuryCore

/// Reads a registrations file on a thread of its own and hands checked entrants, with their content
/// digests, to the writing thread in batches: decoding, checking and hashing on one core while the
/// other inserts and seals. At most `capacity` batches wait, so memory stays flat at any file size.
///
/// The reader stops at the first batch it cannot hand on after `cancel()` (the writer failed), and
/// `join()` waits for it, so nothing reads the input once the import has returned.
final class RegistrationReader: @unchecked Sendable {
    /// One checked row, ready to upsert.
    struct Row: Sendable {
        var entrant: Entrant
        var contentDigest: String
    }

    /// What the writer takes next: rows, or the end of the file with what the pass found.
    enum Item: Sendable {
        case rows([Row])
        case end(Result<Finished, any Error>)
    }

    struct Finished: Sendable {
        var outcome: ImportScan.Outcome
        var inputSHA256: String
    }

    /// The reader throws this from its callbacks once the writer has given up.
    private struct Cancelled: Error {}

    static let batchSize = 256
    private let capacity = 4
    private let condition = NSCondition()
    private var waiting: [Item] = []
    private var cancelled = false
    private var done = false

    /// Starts reading at once. `progress` and `restarting` are called on the reading thread.
    init(input: ImportInput, encoding: UTF8ChunkDecoder.Encoding?, zone: TimeZone, sourceFolder: String?,
         progress: (@Sendable (ImportScan.Position) -> Void)?, afterUTF8Break: ImportScan.DecodeBreak?, restarting: @escaping @Sendable (ImportScan.DecodeBreak) throws -> Void) {
        let thread = Thread { [self] in
            read(input: input, encoding: encoding, zone: zone, sourceFolder: sourceFolder,
                 progress: progress, afterUTF8Break: afterUTF8Break, restarting: restarting)
        }
        thread.name = "jurydesk-import-reader"
        thread.start()
    }

    private func read(input: ImportInput, encoding: UTF8ChunkDecoder.Encoding?, zone: TimeZone, sourceFolder: String?,
                      progress: (@Sendable (ImportScan.Position) -> Void)?, afterUTF8Break: ImportScan.DecodeBreak?, restarting: @escaping @Sendable (ImportScan.DecodeBreak) throws -> Void) {
        let resolver = sourceFolder.map(ScreenshotResolver.init(folder:))
        var sha = SHA256()
        var batch: [Row] = []
        batch.reserveCapacity(Self.batchSize)
        let result: Result<Finished, any Error> = Result {
            let (outcome, _) = try ImportScan.run(
                kind: .registrations, input: input, encoding: encoding, timeZone: zone, afterUTF8Break: afterUTF8Break,
                onBytes: { chunk, _ in sha.update(chunk) },
                progress: progress,
                restarting: restarting,
                entrant: { e in
                    let entrant = resolver?.resolve(e) ?? e
                    batch.append(Row(entrant: entrant, contentDigest: EntrantRows.contentDigest(entrant)))
                    if batch.count == Self.batchSize {
                        try self.put(.rows(batch))
                        batch.removeAll(keepingCapacity: true)
                    }
                })
            if !batch.isEmpty { try put(.rows(batch)) }
            return Finished(outcome: outcome, inputSHA256: Hex.encode(sha.finalize()))
        }
        // A cancelled reader's writer has gone: nobody takes an end any more.
        if case .failure(let error) = result, error is Cancelled {} else { try? put(.end(result), force: true) }
        finishReading()
    }

    /// Waits while the writer is `capacity` batches behind; throws once it has given up.
    private func put(_ item: Item, force: Bool = false) throws {
        condition.lock()
        defer { condition.unlock() }
        while !force && !cancelled && waiting.count >= capacity { condition.wait() }
        if cancelled { throw Cancelled() }
        waiting.append(item)
        condition.broadcast()
    }

    private func finishReading() {
        condition.lock()
        done = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, waiting for the reader if need be. The last item is always `.end`.
    func take() -> Item {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty { condition.wait() }
        let item = waiting.removeFirst()
        condition.broadcast()
        return item
    }

    /// Tells the reader to stop and waits until it has (the writer failed, or is done).
    func cancelAndJoin() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !done { condition.wait() }
        condition.unlock()
    }
}
