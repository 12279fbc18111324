import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns an import file's bytes into UTF-8 chunk by chunk, so a file of any size is decoded in a
/// fixed amount of memory: UTF-8 is validated as it passes, UTF-16 and GB18030 go through iconv.
/// A sequence split between two chunks is carried over to the next.
public struct UTF8ChunkDecoder {
    /// The encodings an import file may use (see `TextDecoding`).
    public enum Encoding: String, Sendable {
        case utf8, utf16LE, utf16BE, gb18030
    }

    /// The encoding a file's first bytes announce: a UTF-16 byte-order mark, UTF-8's, or a zip
    /// (an .xlsx) which is refused. nil: no mark, so UTF-8 is tried and GB18030 is the fallback.
    public static func announced(by prefix: [UInt8]) throws(TextDecoding.Failure) -> Encoding? {
        if prefix.starts(with: [0xEF, 0xBB, 0xBF]) { return .utf8 }
        if prefix.starts(with: [0xFF, 0xFE]) { return .utf16LE }
        if prefix.starts(with: [0xFE, 0xFF]) { return .utf16BE }
        if prefix.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .spreadsheetNotCSV }
        return nil
    }

    public let encoding: Encoding
    /// Bytes of the input consumed before the current chunk (for error offsets).
    private var offset = 0
    /// The unfinished tail of the previous chunk.
    private var carry: [UInt8] = []
    private var converter: iconv_t?
    private var bomSkipped = false

    public init(encoding: Encoding) throws(TextDecoding.Failure) {
        self.encoding = encoding
        switch encoding {
        case .utf8: converter = nil
        case .utf16LE, .utf16BE, .gb18030:
            let from = encoding == .gb18030 ? "GB18030" : encoding == .utf16LE ? "UTF-16LE" : "UTF-16BE"
            let cd = iconv_open("UTF-8", from)
            guard let handle = cd, Int(bitPattern: handle) != -1 else { throw .converterUnavailable }
            converter = handle
        }
    }

    /// Releases the iconv converter; call once when done.
    public mutating func close() {
        if let c = converter { iconv_close(c) }
        converter = nil
    }

    /// Decodes one chunk, appending UTF-8 to `out`; `final` says no more bytes follow.
    public mutating func decode(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool, into out: inout [UInt8]) throws(TextDecoding.Failure) {
        guard !carry.isEmpty else { return try process(chunk, final: final, into: &out) }
        let merged = carry + Array(chunk)
        carry = []
        var failure: TextDecoding.Failure?
        merged.withUnsafeBufferPointer { input in
            do throws(TextDecoding.Failure) { try process(input, final: final, into: &out) } catch { failure = error }
        }
        if let failure { throw failure }
    }

    private mutating func process(_ input: UnsafeBufferPointer<UInt8>, final: Bool, into out: inout [UInt8]) throws(TextDecoding.Failure) {
        var start = 0
        if !bomSkipped, encoding == .utf16LE || encoding == .utf16BE {
            if input.count < 2 && !final { carry = Array(input); return }
            start = min(2, input.count)
            offset += start
            bomSkipped = true
        }
        let body = UnsafeBufferPointer(rebasing: input[start...])
        if encoding == .utf8 {
            try validate(body, final: final, into: &out)
        } else {
            try convert(body, final: final, into: &out)
        }
    }

    /// Appends the valid UTF-8 prefix; an incomplete last sequence waits for the next chunk.
    private mutating func validate(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool, into out: inout [UInt8]) throws(TextDecoding.Failure) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: need = 1
            case 0xE0: need = 2; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: need = 2
            case 0xED: need = 2; hi = 0x9F
            case 0xF0: need = 3; lo = 0x90
            case 0xF1...0xF3: need = 3
            case 0xF4: need = 3; hi = 0x8F
            default: throw .undecodable(byteOffset: offset + i)
            }
            if i + need >= n {
                // Possibly cut by the chunk end: check what is there, keep it for the next chunk.
                var k = i + 1
                while k < n {
                    let c = bytes[k]
                    let ok = k == i + 1 ? (c >= lo && c <= hi) : (c >= 0x80 && c <= 0xBF)
                    if !ok { throw .undecodable(byteOffset: offset + i) }
                    k += 1
                }
                if final { throw .undecodable(byteOffset: offset + i) }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<i]))
                carry = Array(bytes[i...])
                offset += i
                return
            }
            let c1 = bytes[i + 1]
            guard c1 >= lo && c1 <= hi else { throw .undecodable(byteOffset: offset + i) }
            if need >= 2 { guard bytes[i + 2] & 0xC0 == 0x80 else { throw .undecodable(byteOffset: offset + i) } }
            if need == 3 { guard bytes[i + 3] & 0xC0 == 0x80 else { throw .undecodable(byteOffset: offset + i) } }
            i += need + 1
        }
        out.append(contentsOf: bytes)
        offset += n
    }

    /// iconv from the file's encoding to UTF-8.
    private mutating func convert(_ bytes: UnsafeBufferPointer<UInt8>, final: Bool, into out: inout [UInt8]) throws(TextDecoding.Failure) {
        guard let cd = converter else { throw .converterUnavailable }
        var produced = [UInt8](repeating: 0, count: max(64, bytes.count * 2))
        var inLeft = bytes.count
        var inPtr = UnsafeMutablePointer<CChar>(OpaquePointer(bytes.baseAddress))
        var failure: TextDecoding.Failure?
        produced.withUnsafeMutableBufferPointer { outBuf in
            while inLeft > 0 {
                var outPtr = UnsafeMutablePointer<CChar>(OpaquePointer(outBuf.baseAddress))
                var outLeft = outBuf.count
                let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: outBuf[0..<(outBuf.count - outLeft)]))
                if r != -1 { continue }
                let consumed = bytes.count - inLeft
                switch errno {
                case E2BIG: continue
                case EINVAL where !final:
                    // A character cut by the chunk end: finish it with the next chunk.
                    carry = Array(bytes[consumed...])
                    inLeft = 0
                default:
                    failure = .undecodable(byteOffset: offset + consumed)
                    inLeft = 0
                }
            }
        }
        if let failure { throw failure }
        offset += bytes.count - carry.count
    }
}
