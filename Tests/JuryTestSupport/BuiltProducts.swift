import Foundation

/// Finds binaries built beside the test bundle (`.build/<triple>/debug`), for tests that run
/// real separate processes.
public enum BuiltProducts {
    /// The folder holding the test bundle and the package's executables.
    public static var directory: URL {
        if let dir = ProcessInfo.processInfo.environment["JURYDESK_PRODUCTS"] {
            return URL(fileURLWithPath: dir)
        }
        // On Linux the .xctest bundle is itself an executable in the products folder.
        let exe = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        return exe.deletingLastPathComponent()
    }

    /// The `jurydesk` binary.
    public static var jurydesk: URL { directory.appendingPathComponent("jurydesk") }

    /// Runs a built binary to completion; returns status, stdout and stderr.
    @discardableResult
    public static func run(_ executable: URL, _ arguments: [String], stdin: String? = nil,
                           environment: [String: String] = [:]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = executable
        p.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        p.environment = env
        // Output goes to files, not pipes, so a chatty child can never block on a full pipe.
        let dir = FileManager.default.temporaryDirectory
        let outURL = dir.appendingPathComponent("jd-out-\(UUID().uuidString)")
        let errURL = dir.appendingPathComponent("jd-err-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer {
            try? FileManager.default.removeItem(at: outURL)
            try? FileManager.default.removeItem(at: errURL)
        }
        let outHandle = try FileHandle(forWritingTo: outURL), errHandle = try FileHandle(forWritingTo: errURL)
        let inPipe = Pipe()
        p.standardOutput = outHandle
        p.standardError = errHandle
        p.standardInput = inPipe
        try p.run()
        if let stdin { inPipe.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? inPipe.fileHandleForWriting.close()
        p.waitUntilExit()
        try? outHandle.close()
        try? errHandle.close()
        let outData = (try? Data(contentsOf: outURL)) ?? Data()
        let errData = (try? Data(contentsOf: errURL)) ?? Data()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
