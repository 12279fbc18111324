import Foundation

/// This process's peak resident set size (VmHWM in /proc/self/status; getrusage as a fallback).
enum PeakMemory {
    static func bytes() -> Int {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) {
            for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
                let digits = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first
                if let digits, let kib = Int(digits) { return kib * 1024 }
            }
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return usage.ru_maxrss * 1024  // Linux reports kilobytes.
    }
}
