import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where an import's bytes come from: a file read in chunks with read(2) — never held whole — or
/// bytes already in memory (tests, small inputs). Either can be read again from the start, which
/// a two-pass import (check everything, then write) needs.
public enum ImportInput: Sendable {
    case file(path: String)
    case bytes(Data)

    /// A file that could not be opened or read; `reason` is the system's words.
    public struct ReadFailure: Error, Hashable, Sendable, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): \(reason)" }
    }

    /// Bytes in the input (the file's size now), or nil when the file cannot be examined.
    public var byteCount: Int? {
        switch self {
        case .bytes(let data): return data.count
        case .file(let path):
            var st = stat()
            guard stat(path, &st) == 0 else { return nil }
            return Int(st.st_size)
        }
    }

    /// Calls `body` with consecutive chunks of at most `chunkSize` bytes, from the first byte.
    public func forEachChunk(chunkSize: Int = 1 << 16, _ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        switch self {
        case .bytes(let data):
            try data.withUnsafeBytes { raw in
                let all = raw.bindMemory(to: UInt8.self)
                var start = 0
                while start < all.count {
                    let end = min(all.count, start + chunkSize)
                    try body(UnsafeBufferPointer(rebasing: all[start..<end]))
                    start = end
                }
            }
        case .file(let path):
            let fd = open(path, O_RDONLY | O_CLOEXEC)
            guard fd >= 0 else { throw ReadFailure(path: path, reason: String(cString: strerror(errno))) }
            defer { close(fd) }
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: chunkSize)
            defer { buffer.deallocate() }
            while true {
                let n = read(fd, buffer.baseAddress, chunkSize)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw ReadFailure(path: path, reason: String(cString: strerror(errno)))
                }
                if n == 0 { return }
                try body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
            }
        }
    }
}
