import Foundation

/// What ffprobe found in an entry video file, or why nothing was read.
public struct VideoFacts: Sendable, Equatable {
    public var durationSeconds: Int?
    public var width: Int?
    public var height: Int?
    public var problem: Problem?

    public enum Problem: Sendable, Equatable {
        /// ffprobe is not installed (nothing is said then: it is optional).
        case noProbe
        case fileMissing(String)
        case failed(String)
    }

    /// The shorter side, as the registration's "1080p" counts it.
    public var shorterSide: Int? {
        guard let width, let height else { return nil }
        return min(width, height)
    }
}

/// Reads an entry video's real duration and resolution with `ffprobe` when it is installed
/// (`$JURYDESK_FFPROBE` names another program, or a missing one for tests); kept per file and
/// modification time, so a dossier refreshed after every commit does not run it again.
public final class VideoProbe {
    let environment: [String: String]
    private var cache: [String: VideoFacts] = [:]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.environment = environment
    }

    public func ffprobe() -> String? {
        if let configured = environment["JURYDESK_FFPROBE"], !configured.isEmpty {
            return FileManager.default.isExecutableFile(atPath: configured) ? configured : nil
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/ffprobe"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    public func facts(path: String) -> VideoFacts {
        guard let probe = ffprobe() else { return VideoFacts(problem: .noProbe) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            return VideoFacts(problem: .fileMissing(path))
        }
        let key = path + "|" + String(describing: attributes[.modificationDate] ?? "")
        if let hit = cache[key] { return hit }
        let facts = run(probe, path: path)
        cache[key] = facts
        return facts
    }

    private func run(_ probe: String, path: String) -> VideoFacts {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: probe)
        process.arguments = ["-v", "error", "-select_streams", "v:0", "-show_entries", "stream=width,height:format=duration",
                             "-of", "default=noprint_wrappers=1", path]
        let out = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return VideoFacts(problem: .failed(error.localizedDescription)) }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return VideoFacts(problem: .failed("ffprobe \(process.terminationStatus)")) }
        return Self.parse(String(decoding: data, as: UTF8.self))
    }

    /// Reads "width=1920", "height=1080", "duration=151.2" lines.
    static func parse(_ text: String) -> VideoFacts {
        var facts = VideoFacts()
        for line in text.split(whereSeparator: \.isNewline) {
            let parts = line.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { continue }
            switch parts[0] {
            case "width": facts.width = Int(parts[1])
            case "height": facts.height = Int(parts[1])
            case "duration": facts.durationSeconds = Double(parts[1]).map { Int($0.rounded()) }
            default: break
            }
        }
        if facts.durationSeconds == nil && facts.width == nil { facts.problem = .failed("no video stream") }
        return facts
    }
}
