import Foundation

/// Position of a key text among a fixed list, looked up by the UTF-8 bytes SQLite hands back, so a
/// read of 250,000 sheets makes no String per judge or finalist: hashing a Chinese String means
/// normalising it first, and that was most of the chair's first read.
struct TextKeyIndex {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// Open addressing, a power of two long; -1 is empty, else the key's position.
    private var slots: [Int32]
    /// Per process, so ids in an imported file cannot be chosen to collide.
    private static let seed = UInt64.random(in: 1...UInt64.max)

    init(_ keys: [String]) {
        var size = 16
        while size < keys.count * 2 { size <<= 1 }
        slots = [Int32](repeating: -1, count: size)
        for (position, key) in keys.enumerated() {
            bytes.append(contentsOf: key.utf8)
            starts.append(bytes.count)
            // A repeated key keeps its first position.
            if Array(key.utf8).withUnsafeBufferPointer({ lookup($0) }) != nil { continue }
            var slot = Self.hash(key.utf8) & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = Int32(position)
        }
    }

    /// The key's position, nil when it is not in the list.
    func lookup(_ key: UnsafeBufferPointer<UInt8>) -> Int? {
        let mask = slots.count - 1
        var slot = Self.hash(key) & mask
        while slots[slot] >= 0 {
            if matches(Int(slots[slot]), key) { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private func matches(_ position: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[position], count = starts[position + 1] - start
        guard count == key.count else { return false }
        return count == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, key.baseAddress!, count) == 0 }
    }

    /// FNV-1a from a random basis: the keys are short (names, entry ids).
    private static func hash<C: Sequence>(_ key: C) -> Int where C.Element == UInt8 {
        var h = 0xCBF2_9CE4_8422_2325 ^ seed
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }
}
