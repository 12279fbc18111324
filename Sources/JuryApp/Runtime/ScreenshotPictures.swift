import Foundation
import TerminalKit

/// A screenshot drawn as terminal cells, or why it could not be drawn.
public struct ScreenshotPicture: Sendable, Equatable {
    public var stored: String
    public var width: Int
    public var height: Int
    /// Rows of cells (chafa's output parsed); nil when not drawn.
    public var rows: [[Cell]]?
    /// Why it was not drawn: chafa missing, the file missing, chafa failing.
    public var problem: Problem?

    public enum Problem: Sendable, Equatable {
        case noChafa
        case fileMissing(String)
        case failed(String)
    }
}

/// Draws screenshots with `chafa` when it is installed (`$JURYDESK_CHAFA` names another program or a
/// missing one for tests), and keeps each drawing per path and size so redraws cost nothing.
public final class ScreenshotPictures {
    public var colorLevel: ColorLevel
    let environment: [String: String]
    private var cache: [String: ScreenshotPicture] = [:]

    public init(environment: [String: String] = ProcessInfo.processInfo.environment, colorLevel: ColorLevel? = nil) {
        self.environment = environment
        self.colorLevel = colorLevel ?? ColorLevel.detect(colors: 256, environment: environment)
    }

    /// The chafa program's full path, nil when it is not installed.
    public func chafa() -> String? {
        if let configured = environment["JURYDESK_CHAFA"], !configured.isEmpty {
            return FileManager.default.isExecutableFile(atPath: configured) ? configured : nil
        }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/chafa"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// The picture of `path` at `width`×`height` cells, drawn once and then served from the cache.
    public func picture(path: String, stored: String, width: Int, height: Int) -> ScreenshotPicture {
        let key = "\(path)|\(width)x\(height)|\(colorLevel.rawValue)"
        if let hit = cache[key] { return hit }
        var picture = ScreenshotPicture(stored: stored, width: width, height: height, rows: nil, problem: nil)
        if let chafa = chafa() {
            if !FileManager.default.fileExists(atPath: path) {
                picture.problem = .fileMissing(path)
            } else {
                switch run(chafa, path: path, width: width, height: height) {
                case .success(let text): picture.rows = AnsiCells.parse(text, width: width)
                case .failure(let reason): picture.problem = .failed(reason.text)
                }
            }
        } else {
            picture.problem = .noChafa
        }
        cache[key] = picture
        return picture
    }

    private struct Failure: Error { var text: String }

    private func run(_ chafa: String, path: String, width: Int, height: Int) -> Result<String, Failure> {
        let colors = switch colorLevel {
        case .ansi256: "256"
        case .ansi16: "16"
        case .ansi8: "8"
        case .none: "none"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: chafa)
        process.arguments = ["--format", "symbols", "--size", "\(max(1, width))x\(max(1, height))", "--colors", colors,
                             "--animate", "off", path]
        let out = Pipe(), err = Pipe()
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { return .failure(Failure(text: error.localizedDescription)) }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errors = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errors, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? ""
            return .failure(Failure(text: "chafa \(process.terminationStatus) \(message)"))
        }
        return .success(String(decoding: data, as: UTF8.self))
    }
}
