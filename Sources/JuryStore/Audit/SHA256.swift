/// SHA-256 (FIPS 180-4), written here because the project depends on no crypto library.
public struct SHA256: Sendable {
    private var h: [UInt32] = [
        0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19,
    ]
    private var buffer: [UInt8] = []
    private var length: UInt64 = 0

    private static let k: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]

    public init() { buffer.reserveCapacity(64) }

    /// Feeds more bytes.
    public mutating func update<S: Sequence>(_ bytes: S) where S.Element == UInt8 {
        // Arrays and buffers (a file's chunks, a row's text) go in by blocks, not byte by byte.
        let done: Void? = bytes.withContiguousStorageIfAvailable { updateContiguous($0) }
        if done != nil { return }
        for b in bytes {
            buffer.append(b)
            if buffer.count == 64 {
                compress()
                buffer.removeAll(keepingCapacity: true)
            }
        }
    }

    public mutating func update(_ text: String) { update(text.utf8) }

    private mutating func updateContiguous(_ p: UnsafeBufferPointer<UInt8>) {
        guard let base = p.baseAddress else { return }
        var i = 0
        // Top up a partly filled block first; then whole blocks straight from the input, no copy.
        if !buffer.isEmpty {
            let take = min(64 - buffer.count, p.count)
            buffer.append(contentsOf: UnsafeBufferPointer(start: base, count: take))
            i = take
            guard buffer.count == 64 else { return }
            buffer.withUnsafeBufferPointer { compress(block: $0.baseAddress!) }
            buffer.removeAll(keepingCapacity: true)
        }
        while p.count - i >= 64 {
            compress(block: base + i)
            i += 64
        }
        if i < p.count { buffer.append(contentsOf: UnsafeBufferPointer(start: base + i, count: p.count - i)) }
    }

    /// Pads, finishes and returns the 32-byte digest.
    public mutating func finalize() -> [UInt8] {
        let bitLength = length &* 8 &+ UInt64(buffer.count) &* 8
        buffer.append(0x80)
        if buffer.count > 56 {
            while buffer.count < 64 { buffer.append(0) }
            compress()
            buffer.removeAll(keepingCapacity: true)
        }
        while buffer.count < 56 { buffer.append(0) }
        for i in (0..<8).reversed() { buffer.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(i) * 8))) }
        compress()
        buffer.removeAll()
        var out: [UInt8] = []
        out.reserveCapacity(32)
        for word in h {
            out.append(UInt8(truncatingIfNeeded: word >> 24))
            out.append(UInt8(truncatingIfNeeded: word >> 16))
            out.append(UInt8(truncatingIfNeeded: word >> 8))
            out.append(UInt8(truncatingIfNeeded: word))
        }
        return out
    }

    private mutating func compress() {
        buffer.withUnsafeBufferPointer { compress(block: $0.baseAddress!) }
    }

    /// One 64-byte block. The schedule lives on the stack and the round constants are read through
    /// a pointer: a heap array per block, and bounds-checked global reads, were most of the cost.
    private mutating func compress(block p: UnsafePointer<UInt8>) {
        length &+= 64
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            let w = w.baseAddress!
            for t in 0..<16 {
                w[t] = UInt32(p[t * 4]) << 24 | UInt32(p[t * 4 + 1]) << 16 | UInt32(p[t * 4 + 2]) << 8 | UInt32(p[t * 4 + 3])
            }
            for t in 16..<64 {
                let s0 = Self.rotr(w[t - 15], 7) ^ Self.rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
                let s1 = Self.rotr(w[t - 2], 17) ^ Self.rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
                w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
            }
            var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], hh = h[7]
            SHA256.k.withUnsafeBufferPointer { k in
                let k = k.baseAddress!
                // Eight rounds a turn with the roles of the working variables rotated by name, so no
                // round spends moves shifting eight values along.
                var t = 0
                while t < 64 {
                    SHA256.round(a, b, c, &d, e, f, g, &hh, k[t] &+ w[t])
                    SHA256.round(hh, a, b, &c, d, e, f, &g, k[t + 1] &+ w[t + 1])
                    SHA256.round(g, hh, a, &b, c, d, e, &f, k[t + 2] &+ w[t + 2])
                    SHA256.round(f, g, hh, &a, b, c, d, &e, k[t + 3] &+ w[t + 3])
                    SHA256.round(e, f, g, &hh, a, b, c, &d, k[t + 4] &+ w[t + 4])
                    SHA256.round(d, e, f, &g, hh, a, b, &c, k[t + 5] &+ w[t + 5])
                    SHA256.round(c, d, e, &f, g, hh, a, &b, k[t + 6] &+ w[t + 6])
                    SHA256.round(b, c, d, &e, f, g, hh, &a, k[t + 7] &+ w[t + 7])
                    t += 8
                }
            }
            h[0] &+= a; h[1] &+= b; h[2] &+= c; h[3] &+= d
            h[4] &+= e; h[5] &+= f; h[6] &+= g; h[7] &+= hh
        }
    }

    /// One round: `d` and `h` are the two working variables that change; the caller renames the rest.
    @inline(__always) private static func round(_ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
                                                _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32, _ kw: UInt32) {
        let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let ch = g ^ (e & (f ^ g))
        let t1 = h &+ s1 &+ ch &+ kw
        let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let maj = (a & b) | (c & (a | b))
        d = d &+ t1
        h = t1 &+ s0 &+ maj
    }

    // Masking shifts: the smart shifts check for over-shifting on every use.
    @inline(__always) private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

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
