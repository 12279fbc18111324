import Foundation

/// Runs a command as a child under `/usr/bin/time -f`, returning its wall time and peak RSS as GNU
/// time measures them (wait4's rusage), so JuryDesk and the sqlite3 CLI are measured the same way.
enum TimedChild {
    struct Measurement {
        var seconds: Double
        var peakBytes: Double
    }

    static let timeTool = "/usr/bin/time"

    static func run(_ arguments: [String], expectStatus: Int32 = 0) throws -> Measurement {
        guard FileManager.default.isExecutableFile(atPath: timeTool) else {
            throw BenchError.child("\(timeTool) is missing (apt-get install time)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: timeTool)
        // The marker line is the last thing on stderr; the command's own output goes nowhere.
        process.arguments = ["-f", "JURYDESK-BENCH %e %M"] + arguments
        let err = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = err
        try process.run()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: errors, as: UTF8.self)
        guard process.terminationStatus == expectStatus,
              let line = text.split(separator: "\n").last(where: { $0.hasPrefix("JURYDESK-BENCH ") }) else {
            throw BenchError.child("\(arguments.joined(separator: " ")) exited \(process.terminationStatus): \(text.suffix(800))")
        }
        let fields = line.split(separator: " ")
        guard fields.count == 3, let seconds = Double(fields[1]), let kib = Double(fields[2]) else {
            throw BenchError.child("unreadable time output: \(line)")
        }
        return Measurement(seconds: seconds, peakBytes: kib * 1024)
    }
}
