import Foundation
import JuryStore

/// The machine facts printed above the table: cores, memory, kernel, SQLite version, temp filesystem.
enum MachineInfo {
    static func lines(tempFolder: String, sqliteVersion: String) -> [String] {
        let info = ProcessInfo.processInfo
        var uts = utsname()
        uname(&uts)
        let release = withUnsafeBytes(of: &uts.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let machine = withUnsafeBytes(of: &uts.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let fs = filesystemType(of: tempFolder)
        return [
            "cores: \(info.activeProcessorCount) active / \(info.processorCount) online; memory: "
                + String(format: "%.1f GiB", Double(info.physicalMemory) / 1_073_741_824),
            "kernel: Linux \(release) \(machine); cpu: \(cpuModel()); SHA-256: "
                + (SHA256.usesCPUExtensions ? "the CPU's SHA extensions" : "portable C (no SHA extensions)"),
            "sqlite: \(sqliteVersion) (linked library); temp folder: \(tempFolder) (\(fs))",
            "build: " + buildKind + "; load average at start: " + loadAverage(),
        ]
    }

    private static var buildKind: String {
        #if DEBUG
        "DEBUG (figures are not representative; use `make bench`)"
        #else
        "release"
        #endif
    }

    private static func cpuModel() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let value = line.split(separator: ":", maxSplits: 1).last { return value.trimmingCharacters(in: .whitespaces) }
        }
        return "unknown"
    }

    /// The type of the mount holding `path` (longest matching mount point in /proc/mounts).
    private static func filesystemType(of path: String) -> String {
        guard let text = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return "unknown" }
        var best = (length: -1, type: "unknown")
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mount = String(fields[1])
            let matches = path == mount || path.hasPrefix(mount.hasSuffix("/") ? mount : mount + "/")
            if matches, mount.count > best.length { best = (mount.count, String(fields[2])) }
        }
        return best.type
    }

    private static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? "unknown"
    }
}
