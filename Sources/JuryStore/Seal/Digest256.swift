/// A 256-bit number modulo 2^256, for a table's digest: the sum of its rows' SHA-256 seals, so one
/// changed row updates it by a subtraction and an addition instead of rehashing the table.
struct Digest256: Equatable {
    /// Most significant limb first.
    var limbs: [UInt64] = [0, 0, 0, 0]

    static let zero = Digest256()

    init() {}

    init?(hex: String) {
        let bytes = Array(hex.utf8)
        guard bytes.count == 64 else { return nil }
        for i in 0..<4 {
            guard let v = UInt64(String(decoding: bytes[(i * 16)..<(i * 16 + 16)], as: UTF8.self), radix: 16) else { return nil }
            limbs[i] = v
        }
    }

    /// From 32 big-endian bytes (a SHA-256 digest).
    init(bytes: [UInt8]) {
        for i in 0..<4 {
            var v: UInt64 = 0
            for j in 0..<8 { v = v << 8 | UInt64(i * 8 + j < bytes.count ? bytes[i * 8 + j] : 0) }
            limbs[i] = v
        }
    }

    var hex: String {
        limbs.map { let s = String($0, radix: 16); return String(repeating: "0", count: 16 - s.count) + s }.joined()
    }

    mutating func add(_ other: Digest256) {
        var carry: UInt64 = 0
        for i in stride(from: 3, through: 0, by: -1) {
            let (a, o1) = limbs[i].addingReportingOverflow(other.limbs[i])
            let (b, o2) = a.addingReportingOverflow(carry)
            limbs[i] = b
            carry = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
    }

    mutating func subtract(_ other: Digest256) {
        var borrow: UInt64 = 0
        for i in stride(from: 3, through: 0, by: -1) {
            let (a, o1) = limbs[i].subtractingReportingOverflow(other.limbs[i])
            let (b, o2) = a.subtractingReportingOverflow(borrow)
            limbs[i] = b
            borrow = (o1 ? 1 : 0) + (o2 ? 1 : 0)
        }
    }
}
