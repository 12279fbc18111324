#if canImport(Glibc)
import Glibc
#endif
import Foundation

/// Writes an export to a path: a regular file (or a new one) is written beside the target under a
/// fresh name and renamed over it, so a reader never sees half a file; anything else — a device,
/// a pipe — is written in place, never replaced. A symlink is followed, so the link stays and its
/// target gets the export.
public enum ExportFile {
    /// Who may read the written file.
    public enum Access: Sendable {
        /// As the umask says (usually 0644): masked exports hold nothing private.
        case umask
        /// 0600 whatever the umask or the mode of the file it replaces: unmasked phone numbers.
        case ownerOnly
    }

    /// Why the export could not be written; names the file and what to do.
    public struct Failure: Error, Equatable, Sendable, CustomStringConvertible {
        public var path: String
        public var errno: Int32

        public var zh: String { "无法写入导出文件 \(path)（\(String(cString: strerror(errno)))）。请检查目录是否存在、是否可写。" }
        public var en: String { "Cannot write the export \(path) (\(String(cString: strerror(errno)))). Check that the folder exists and is writable." }
        public var description: String { "\(zh)\n\(en)" }
    }

    /// The path the bytes really go to: `path` with symlinks followed (a missing file's folder too).
    public static func target(of path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().path
    }

    /// Writes `bytes` to `path`. `beforePublishing` runs once the bytes are safely on disk under a
    /// temporary name and before the rename makes them visible: the audit entry of an unmasked
    /// export is written there, so there is never an unaudited export, and a failed audit leaves
    /// the old file as it was. Returns the path written.
    @discardableResult
    public static func write(_ bytes: [UInt8], to path: String, access: Access,
                             beforePublishing: () throws -> Void = {}) throws -> String {
        let target = target(of: path)
        var info = stat()
        let exists = stat(target, &info) == 0
        if exists && (info.st_mode & S_IFMT) != S_IFREG {
            try beforePublishing()
            try writeInPlace(bytes, to: target)
            return target
        }
        let folder = (target as NSString).deletingLastPathComponent
        let base = (target as NSString).lastPathComponent
        var temporary = ""
        var fd: Int32 = -1
        // O_EXCL on a fresh name: never opens a file (or link) someone placed there, and the new
        // file is ours from the first byte, with no moment when it is readable by others.
        for attempt in 0..<20 {
            temporary = (folder.isEmpty ? "." : folder) + "/.\(base).\(getpid()).\(attempt).tmp"
            fd = open(temporary, O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, access == .ownerOnly ? 0o600 : 0o666)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw Failure(path: target, errno: errno) }
        var published = false
        defer {
            if !published { unlink(temporary) }
        }
        do {
            // The umask can only remove bits, but say it outright: 0600 is the promise.
            if access == .ownerOnly, fchmod(fd, 0o600) != 0 { throw Failure(path: target, errno: errno) }
            try writeAll(bytes, fd: fd, path: target)
            if fsync(fd) != 0 { throw Failure(path: target, errno: errno) }
        } catch {
            close(fd)
            throw error
        }
        close(fd)
        try beforePublishing()
        guard rename(temporary, target) == 0 else { throw Failure(path: target, errno: errno) }
        published = true
        return target
    }

    private static func writeInPlace(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CLOEXEC)
        guard fd >= 0 else { throw Failure(path: path, errno: errno) }
        defer { close(fd) }
        try writeAll(bytes, fd: fd, path: path)
    }

    private static func writeAll(_ bytes: [UInt8], fd: Int32, path: String) throws {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, errno: errno)
            }
            offset += n
        }
    }
}
