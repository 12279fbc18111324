import Foundation
import JuryStore

/// One judge scoring for a while, through the store calls the workstation's score form makes
/// (EffectRunner+Judging.swift): read the queue, open a sheet, save a draft as each field is left,
/// redraft (change a score, empty one and type it again, write a comment), then submit the sheet.
///
/// Like the workstation, each call waits at most `interactiveWait` for the lock and a busy file is
/// tried again from the loop: contention is never reported, only counted. Any other failure ends
/// the process with "error: …" on stderr (main.swift), which the tests treat as a lost sheet.
final class JudgeAtWork {
    let store: Store
    let judge: String
    /// The workstation's `EffectRunner.interactiveWriteWait` and `AppRuntime.retryTimeoutMs`.
    let interactiveWait: TimeInterval = 0.25
    let loopRetryMicroseconds: UInt32 = 100_000
    private var loopRetries = 0

    init(store: Store, judge: String) {
        self.store = store
        self.judge = judge
    }

    /// Scores finalists until `seconds` have passed (or none is left to score), then reports what it
    /// can read of the other judges' work.
    func run(seconds: TimeInterval) throws {
        let deadline = Date().addingTimeInterval(seconds)
        let rubric = try store.contestDefinition().rubric
        let criteria = rubric.criteria
        let dimensions = rubric.dimensions.map(\.id)
        func score(_ index: Int) -> Int {
            let c = criteria[index], step = max(1, c.step.rawValue)
            return Int.random(in: 0...(c.max.rawValue / step)) * step
        }
        work: while Date() < deadline {
            let queue = try retrying { try store.judging.queue(judge: judge) }
            guard let row = queue.filter({ $0.status == .notStarted || $0.status == .draft }).randomElement() else { break }
            let sheet = try retrying { try store.judging.sheet(judge: judge, entrantId: row.id) }
            var values = sheet.tenths
            // One draft per field left, in the form's order, from where the draft stopped.
            for (i, c) in criteria.enumerated() where values[c.id] == nil {
                let v = score(i)
                try retrying { try store.scores.save(judge: judge, entrantId: row.id, tenths: [c.id: v]) }
                values[c.id] = v
                if Date() >= deadline { break work }
            }
            // Redrafting: a second thought on one score, a comment, a field emptied and typed again.
            let changed = Int.random(in: 0..<criteria.count), emptied = Int.random(in: 0..<criteria.count)
            let comment = [dimensions.randomElement() ?? "": "\(judge) 再看一遍 \(Int.random(in: 0...999))"]
            values[criteria[changed].id] = score(changed)
            try retrying {
                try store.scores.save(judge: judge, entrantId: row.id, tenths: [criteria[changed].id: values[criteria[changed].id] ?? 0],
                                      comments: comment)
            }
            try retrying { try store.scores.save(judge: judge, entrantId: row.id, tenths: [:], cleared: [criteria[emptied].id]) }
            values[criteria[emptied].id] = score(emptied)
            // F10: the whole sheet, submitted.
            try retrying { try store.scores.save(judge: judge, entrantId: row.id, tenths: values, submit: true) }
            // Only now, with the commit returned, is the submission acknowledged.
            say("submitted \(row.id) \(values.values.reduce(0, +)) \(Self.epoch())")
        }
        let readAt = Self.epoch()
        let others = try retrying { try store.scores.submittedSheets() }.filter { $0.judge != judge }.count
        say("seen \(others) \(store.retriedWrites) \(loopRetries) \(readAt)")
    }

    /// One call as the workstation makes it: a short wait for the lock, then again from the loop.
    private func retrying<T>(_ body: () throws -> T) throws -> T {
        while true {
            do {
                return try store.withWriteDeadline(interactiveWait, body)
            } catch let error as StoreError where error.isBusy || error.isBusyTimeout {
                loopRetries += 1
                usleep(loopRetryMicroseconds)
            }
        }
    }

    /// Unbuffered, so a line is in the output file before the next write starts (and survives kill -9).
    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func epoch() -> String { String(format: "%.6f", Date().timeIntervalSince1970) }
}
