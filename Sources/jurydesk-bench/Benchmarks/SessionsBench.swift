#if canImport(Glibc)
import Glibc
#endif
import Foundation
import JuryStore

/// Benchmark 16: how many sessions one host holds, on a file of 100,000 registrations with 150
/// finalists being judged. Real `jurydesk` processes on pseudo-terminals, each
/// signed in as the chair and left on the home screen (idle, but woken by every commit), plus 20
/// judge processes submitting whole sheets 0.5–1.5 s apart; meanwhile the chair's ranking pane in
/// this process (the real loop, waiting in poll(2) on the watcher) shows each submit. Latency = the
/// pane showed a frame holding the judge's sheet − the judge's COMMIT returned. Idle sessions are
/// added in steps until p95 passes 100 ms; baseline: the same with no idle session.
struct SessionsBench {
    let folder: TempFolder
    var steps = [0, 25, 50, 100, 200]
    let activeJudges = 20
    let secondsPerStep = 15.0
    static let finalists = 150
    /// The finalists among the contest's real number of registrations: every idle home screen
    /// shows counts over all of them.
    static let registrations = 100_000

    func run(into table: inout ReportTable) throws {
        var steps = steps
        // BENCH_SESSION_STEPS=0,10,… overrides the idle-session counts (a quicker look).
        if let given = ProcessInfo.processInfo.environment["BENCH_SESSION_STEPS"] {
            steps = given.split(separator: ",").compactMap { Int($0) }
        }
        let judgeCount = activeJudges * steps.count
        let path = folder.path("sessions.sqlite")
        let (store, definition) = try JudgingFile.create(at: path, finalists: Self.finalists, judges: judgeCount, sheets: false,
                                                         registrations: Self.registrations)
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("jurydesk").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw BenchError.child("\(binary) is missing: swift build -c release --product jurydesk")
        }
        // Tall enough to show every finalist, so each submit changes the frame.
        let pane = try AppSession(store: try Store.open(at: path), definition: definition, width: 160, height: Self.finalists + 12,
                                  watcher: true, waitsOnDescriptors: true)
        pane.press([.down, .down, .enter])
        guard pane.terminal.screenText.contains("实时排名") else { throw BenchError.unexpected("the ranking pane did not open") }

        var idle: [PtyChild] = []
        let drain = PtyDrain()
        defer {
            drain.stop()
            for child in idle { child.stop() }
        }
        var baseline: Samples?
        var held: (sessions: Int, p95: Double)?
        for (step, sessions) in steps.enumerated() {
            while idle.count < sessions {
                let child = try PtyChild(binary, ["open", "--db", path], width: 100, height: 30, environment: ["JURYDESK_LANG": "zh"])
                guard child.waitFor(StartupBench.marker) != nil else { throw BenchError.child("an idle session did not start") }
                // Sign in as the chair (first in the list) and stay on the home screen.
                child.type("\r" + JudgingFile.pin + "\r")
                // The home screen's greeting ("主任，您好（评审主任）"): signed in.
                guard child.waitFor("您好", timeout: 30) != nil else { throw BenchError.child("an idle session did not sign in") }
                idle.append(child)
                drain.add(child.master)
            }
            sleep(1)
            let cpuBefore = idle.map(\.cpuTicks).reduce(0, +)
            let judges = (0..<activeJudges).map { "评委\(step * activeJudges + $0 + 1)" }
            let (latencies, commits) = try measure(pane: pane, path: path, judges: judges, expectedJudges: judgeCount)
            // A commit no frame ever showed is a miss, not a sample left out: the step is not held.
            let unseen = commits - latencies.count
            let cpuTicks = idle.map(\.cpuTicks).reduce(0, +) - cpuBefore
            let cpu = Double(cpuTicks) / Double(sysconf(Int32(_SC_CLK_TCK))) / secondsPerStep
            let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").first ?? "?"
            progress(String(format: "%d idle sessions + %d judges: %d submits seen, p50 %.1f ms, p95 %.1f ms; idle sessions used %.0f%% of a core; load %@",
                            sessions, activeJudges, latencies.count, latencies.median * 1e3, latencies.percentile(95) * 1e3, cpu * 100, String(load)))
            if sessions == 0 { baseline = latencies }
            let p95 = unseen > 0 ? Double.infinity : latencies.percentile(95)
            table.add(ReportRow(id: String(format: "16%@", String(UnicodeScalar(UInt8(97 + step)))),
                                benchmark: "\(sessions) idle sessions + \(activeJudges) judges: commit → chair's pane, p95",
                                figure: unseen > 0 ? "\(unseen) of \(commits) never shown" : Format.ms(p95),
                                baseline: Format.ms(baseline?.percentile(95) ?? 0) + " (no idle session)",
                                ratio: unseen > 0 ? "—" : Format.times(figure: p95, baseline: baseline?.percentile(95) ?? 0, "its time"),
                                runs: "\(latencies.count)/\(commits) submits",
                                source: String(format: "p50 %.1f ms; %d real jurydesk processes signed in on ptys; the idle sessions used %.1f%% of a core between them; load average %@", latencies.median * 1e3, sessions, cpu * 100, String(load))))
            // Every step is run (the curve matters), unless the screens are far gone.
            if p95 < 0.1 { held = (sessions, p95) }
            if p95 > 0.5 { break }
        }
        if let held {
            progress("held: \(held.sessions) idle sessions with p95 \(Format.ms(held.p95))")
        }
    }

    /// Runs the judges for `secondsPerStep` while the pane loops; pairs each commit with the first frame
    /// that held it. Returns those latencies and how many commits the judges made.
    private func measure(pane: AppSession, path: String, judges: [String], expectedJudges: Int) throws -> (Samples, commits: Int) {
        let children = try judges.map { judge -> (Process, Pipe) in
            let p = Process()
            p.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            p.arguments = ["--child", ChildMode.benchJudge.rawValue, path]
            var env = ProcessInfo.processInfo.environment
            env["BENCH_JUDGE"] = judge
            env["BENCH_SECONDS"] = String(secondsPerStep)
            p.environment = env
            let out = Pipe()
            p.standardOutput = out
            try p.run()
            return (p, out)
        }
        // Output read on threads, so a full pipe never stalls a judge.
        let outputs = children.map { _, out in ChildOutput(out.fileHandleForReading) }
        // (time a frame was presented, sheets it shows): the pane's 评委 column reads "submitted/expected"
        // for every finalist, all on screen, so their sum is the number of sheets the frame holds.
        var shown: [(at: Double, count: Int64)] = []
        var refreshes: [Double] = []
        var lastText = pane.terminal.screenText
        func look() {
            let started = Stopwatch.now()
            pane.runtime.step()
            let took = Double(Stopwatch.now() - started) / 1e9
            let text = pane.terminal.screenText
            guard text != lastText else { return }
            shown.append((Date().timeIntervalSince1970, Self.sheetsShown(text, expected: expectedJudges)))
            // A step that changed the frame: mostly the wait in poll(2) is over, so this is the refresh's work.
            refreshes.append(took)
            lastText = text
        }
        while children.contains(where: { $0.0.isRunning }) { look() }
        for _ in 0..<10 { look() }
        var latencies: [Double] = []
        var commits = 0
        defer { progress("judges' commits: \(commits); the pane's last frame shows \(Self.sheetsShown(lastText, expected: expectedJudges)) sheets") }
        for (child, output) in zip(children, outputs) {
            child.0.waitUntilExit()
            guard child.0.terminationStatus == 0 else { throw BenchError.child("a judge failed: \(output.text)") }
            for line in output.text.split(separator: "\n") {
                let f = line.split(separator: " ")
                guard f.count == 2, let at = Double(f[0]), let count = Int64(f[1]) else { continue }
                commits += 1
                if let seen = shown.first(where: { $0.at >= at && $0.count >= count }) { latencies.append(seen.at - at) }
            }
        }
        let r = Samples(refreshes)
        progress(String(format: "the pane's steps that changed its frame: %d, median %.1f ms, p95 %.1f ms (wait in poll included)",
                        r.count, r.median * 1e3, r.percentile(95) * 1e3))
        return (Samples(latencies), commits)
    }
}

extension SessionsBench {
    /// The sum of the pane's "k/expected" cells: the submitted sheets a frame shows.
    static func sheetsShown(_ text: String, expected: Int) -> Int64 {
        let suffix = "/\(expected)"
        var sum: Int64 = 0
        for token in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) where token.hasSuffix(suffix) {
            if let k = Int64(token.dropLast(suffix.count)) { sum += k }
        }
        return sum
    }
}

/// A child's standard output, read to the end on a thread of its own.
final class ChildOutput: @unchecked Sendable {
    private var data = Data()
    private let done = DispatchSemaphore(value: 0)

    init(_ handle: FileHandle) {
        Thread.detachNewThread { [self] in
            data = handle.readDataToEndOfFile()
            done.signal()
        }
    }

    var text: String {
        done.wait()
        done.signal()
        return String(decoding: data, as: UTF8.self)
    }
}

/// Reads and drops what the idle sessions write to their terminals, so none blocks on a full pty.
final class PtyDrain: @unchecked Sendable {
    private var fds: [Int32] = []
    private let lock = NSLock()
    private var running = true

    init() {
        Thread.detachNewThread { [self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                lock.lock()
                let current = fds, go = running
                lock.unlock()
                if !go { return }
                var polls = current.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
                if polls.isEmpty { usleep(50_000); continue }
                guard poll(&polls, nfds_t(polls.count), 100) > 0 else { continue }
                for p in polls where p.revents & Int16(POLLIN) != 0 { _ = read(p.fd, &buffer, buffer.count) }
            }
        }
    }

    func add(_ fd: Int32) {
        lock.lock()
        fds.append(fd)
        lock.unlock()
    }

    func stop() {
        lock.lock()
        running = false
        lock.unlock()
        usleep(200_000)
    }
}
