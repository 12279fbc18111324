#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// A real process on a pseudo-terminal of a given size, timed from just before it is spawned until a
/// marker appears in what it writes to the terminal (or until it exits): how long a user waits for a
/// screen. The process and the pty are ours and are closed when done.
final class PtyChild {
    let master: Int32
    let process = Process()
    let started: UInt64
    private(set) var output: [UInt8] = []

    init(_ executable: String, _ arguments: [String], width: Int = 132, height: Int = 43, environment: [String: String] = [:]) throws {
        // posix_openpt and friends are not in Swift's Glibc module: the same through /dev/ptmx and the
        // Linux ioctls (TIOCSPTLCK unlocks the slave, TIOCGPTN names it; grantpt is a no-op on devpts).
        master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
        var unlock: Int32 = 0, number: UInt32 = 0
        guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
            throw BenchError.child("no pseudo-terminal: errno \(errno)")
        }
        let slave = open("/dev/pts/\(number)", O_RDWR | O_NOCTTY)
        guard slave >= 0 else { throw BenchError.child("cannot open the pty's slave: errno \(errno)") }
        var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(slave, 0x5414, &size)  // TIOCSWINSZ
        var env = ProcessInfo.processInfo.environment
        env["TERM"] = "xterm-256color"
        env["LINES"] = String(height)
        env["COLUMNS"] = String(width)
        for (k, v) in environment { env[k] = v }
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = env
        // One descriptor each: Process closes every handle's descriptor in the child after the dup2s.
        process.standardInput = FileHandle(fileDescriptor: dup(slave), closeOnDealloc: true)
        process.standardOutput = FileHandle(fileDescriptor: dup(slave), closeOnDealloc: true)
        process.standardError = FileHandle(fileDescriptor: dup(slave), closeOnDealloc: true)
        close(slave)
        started = Stopwatch.now()
        try process.run()
    }

    /// Seconds from spawning until `marker` has been written (nil: the process exited, or `timeout` passed first).
    func waitFor(_ marker: String, timeout: Double = 20) -> Double? {
        let needle = Array(marker.utf8)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while Double(Stopwatch.now() - started) / 1e9 < timeout {
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&fd, 1, 50) > 0 else {
                if !process.isRunning { return nil }
                continue
            }
            let n = read(master, &buffer, buffer.count)
            if n <= 0 { return nil }
            let from = max(0, output.count - needle.count)
            output.append(contentsOf: buffer[0..<n])
            if Self.contains(output[from...], needle) { return Double(Stopwatch.now() - started) / 1e9 }
        }
        return nil
    }

    /// Seconds from spawning until the process exited (its output read and dropped meanwhile).
    func waitForExit(timeout: Double = 20) -> Double? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while process.isRunning && Double(Stopwatch.now() - started) / 1e9 < timeout {
            var fd = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&fd, 1, 5) > 0 {
                let n = read(master, &buffer, buffer.count)
                if n > 0 { output.append(contentsOf: buffer[0..<n]) }
            }
        }
        process.waitUntilExit()
        return Double(Stopwatch.now() - started) / 1e9
    }

    /// Types into the terminal, as a user would.
    func type(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBufferPointer { write(master, $0.baseAddress, $0.count) }
    }

    /// User plus system CPU time the process has used, in clock ticks (/proc/PID/stat).
    var cpuTicks: Int {
        guard let stat = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // After the name: state is field 3, utime 14 and stime 15 (1-based over the whole line).
        guard fields.count > 12, let user = Int(fields[11]), let system = Int(fields[12]) else { return 0 }
        return user + system
    }

    /// Ends the process (ours) and closes the terminal.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        close(master)
    }

    private static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        var i = haystack.startIndex
        while i + needle.count <= haystack.endIndex {
            if haystack[i] == needle[0] && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
