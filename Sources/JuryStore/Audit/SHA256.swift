import CSHA256

/// SHA-256 (FIPS 180-4), written here because the project depends on no crypto library. Blocks
/// are compressed by `CSHA256` (our C: the CPU's SHA extensions when it has them, portable C
/// otherwise); this type buffers the input and pads the end. State and buffer live inline, so
/// hashing a short row allocates nothing until the digest.
public struct SHA256: Sendable {
    private var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
        (0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19)
    /// A partly filled block: `buffered` bytes of it are input not yet compressed.
    private var block: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
    private var buffered = 0
    /// Bytes compressed so far.
    private var length: UInt64 = 0

    public init() {}

    /// Whether blocks go through the CPU's SHA extensions (for the benchmark's machine notes).
    public static var usesCPUExtensions: Bool { jurydesk_sha256_uses_shani() != 0 }

    /// Feeds more bytes.
    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        // Arrays and buffers (a file's chunks, a row's text) go in by blocks, not byte by byte.
        let done: Void? = bytes.withContiguousStorageIfAvailable { updateContiguous($0) }
        if done != nil { return }
        for b in bytes { withUnsafeBytes(of: b) { updateContiguous($0.bindMemory(to: UInt8.self)) } }
    }

    public mutating func update(_ text: String) { update(text.utf8) }

    private mutating func updateContiguous(_ p: UnsafeBufferPointer<UInt8>) {
        guard var base = p.baseAddress, p.count > 0 else { return }
        var left = p.count
        // Top up a partly filled block first; then whole blocks straight from the input, no copy.
        if buffered > 0 {
            let take = min(64 - buffered, left)
            withUnsafeMutableBytes(of: &block) { $0.baseAddress!.advanced(by: buffered).copyMemory(from: base, byteCount: take) }
            buffered += take
            base += take
            left -= take
            guard buffered == 64 else { return }
            compressBlock()
        }
        if left >= 64 {
            let blocks = left / 64
            compress(base, blocks: blocks)
            base += blocks * 64
            left -= blocks * 64
        }
        if left > 0 {
            withUnsafeMutableBytes(of: &block) { $0.baseAddress!.copyMemory(from: base, byteCount: left) }
            buffered = left
        }
    }

    private mutating func compress(_ data: UnsafePointer<UInt8>, blocks: Int) {
        withUnsafeMutableBytes(of: &h) { state in
            jurydesk_sha256_blocks(state.baseAddress!.assumingMemoryBound(to: UInt32.self), data, blocks)
        }
        length &+= UInt64(blocks) * 64
    }

    /// Compresses the buffered block (which is full).
    private mutating func compressBlock() {
        var copy = block
        withUnsafeBytes(of: &copy) { compress($0.baseAddress!.assumingMemoryBound(to: UInt8.self), blocks: 1) }
        buffered = 0
    }

    /// Pads, finishes and returns the 32-byte digest. The padding goes into the inline block, not
    /// an array: a row's seal hashes a few hundred bytes, and three arrays here were half of it.
    public mutating func finalize() -> [UInt8] {
        let bitLength = (length &+ UInt64(buffered)) &* 8
        let at = buffered
        withUnsafeMutableBytes(of: &block) { b in
            b[at] = 0x80
            for i in (at + 1)..<64 { b[i] = 0 }
        }
        // No room for the 8-byte length after the 0x80: it goes in a block of its own.
        if at >= 56 {
            compressBlock()
            withUnsafeMutableBytes(of: &block) { b in for i in 0..<64 { b[i] = 0 } }
        }
        withUnsafeMutableBytes(of: &block) { b in
            for i in 0..<8 { b[63 - i] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8)) }
        }
        compressBlock()
        let h = self.h
        return [UInt8](unsafeUninitializedCapacity: 32) { out, count in
            withUnsafeBytes(of: h) { words in
                for i in 0..<8 {
                    let word = words.load(fromByteOffset: i * 4, as: UInt32.self)
                    out[i * 4] = UInt8(truncatingIfNeeded: word >> 24)
                    out[i * 4 + 1] = UInt8(truncatingIfNeeded: word >> 16)
                    out[i * 4 + 2] = UInt8(truncatingIfNeeded: word >> 8)
                    out[i * 4 + 3] = UInt8(truncatingIfNeeded: word)
                }
            }
            count = 32
        }
    }

    /// The digest of some bytes, as 64 lower-case hex digits.
    public static func hex<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
        var s = SHA256()
        s.update(bytes)
        return Hex.encode(s.finalize())
    }

    /// The digest of a string's UTF-8, as 64 lower-case hex digits.
    public static func hex(_ text: String) -> String { hex(Array(text.utf8)) }

    /// The raw 32-byte digest of a byte sequence.
    public static func digest<S: Sequence>(_ bytes: S) -> [UInt8] where S.Element == UInt8 {
        var s = SHA256()
        s.update(bytes)
        return s.finalize()
    }
}
