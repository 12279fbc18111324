// Hidden helper for JuryStore's multi-process tests: a second, real process that writes to the same
// file through the write helper. Not shipped to users.
//   jurydesk-stress hammer <db> <count> <tag> [busy-ms]
//       N audited writes as fast as possible; a short SQLite busy timeout makes the write helper's own
//       retry do the waiting. Prints "ok <count> <retries>".
//   jurydesk-stress once <db> <tag> [delay-ms]  one audited write; prints the commit time (epoch s)
//   jurydesk-stress hold <db> <ms>  holds the write lock for <ms>, printing "locked" once it has it
//   jurydesk-stress judge <db> <judge> <seconds>  a judge at work through the score form's calls
//       (JudgeAtWork.swift): prints "submitted <entrant> <total> <epoch>" once each submit's commit has
//       returned, then "seen <others' submitted sheets> <store retries> <loop retries> <epoch>".
import Foundation
import JuryStore

let args = CommandLine.arguments
func fail(_ text: String) -> Never {
    FileHandle.standardError.write(Data((text + "\n").utf8))
    exit(2)
}
guard args.count >= 4 else {
    fail("usage: jurydesk-stress hammer <db> <count> <tag> | once <db> <tag> [delay-ms] | hold <db> <ms> | judge <db> <judge> <seconds>")
}

do {
    let store = try Store.open(at: args[2])
    switch args[1] {
    case "hammer":
        guard let count = Int(args[3]), args.count >= 5 else { fail("hammer needs <count> <tag>") }
        let tag = args[4]
        if args.count >= 6, let ms = Int32(args[5]) { store.busyTimeoutMilliseconds = ms }
        for i in 0..<count {
            try store.write(actor: "stress-\(tag)", action: "stress.write", subject: "\(tag)-\(i)") { ctx in
                try ctx.setSetting("stress.\(tag).\(i)", String(i))
            }
        }
        print("ok \(count) \(store.retriedWrites)")
    case "once":
        let tag = args[3]
        if args.count >= 5, let ms = UInt32(args[4]) { usleep(ms * 1000) }
        try store.write(actor: "stress-\(tag)", action: "stress.once", subject: tag) { ctx in
            try ctx.setSetting("stress.\(tag)", "once")
        }
        print(String(format: "%.6f", Date().timeIntervalSince1970))
    case "hold":
        // Holds the write lock for <ms> milliseconds, saying "locked" once it has it, so a test can
        // watch another process's short-deadline write give up quickly.
        guard let ms = UInt32(args[3]) else { fail("hold needs <ms>") }
        try store.write(actor: "stress-hold", action: "stress.hold", subject: "lock") { ctx in
            try ctx.setSetting("stress.hold", "held")
            // Unbuffered, so the waiting test sees it while the lock is held.
            FileHandle.standardOutput.write(Data("locked\n".utf8))
            usleep(ms * 1000)
        }
    case "judge":
        guard args.count >= 5, let seconds = Double(args[4]) else { fail("judge needs <judge> <seconds>") }
        try JudgeAtWork(store: store, judge: args[3]).run(seconds: seconds)
    default:
        fail("unknown mode \(args[1])")
    }
} catch let error as StoreError {
    fail("error: \(error.message(language: .en))")
} catch {
    fail("error: \(error)")
}
