import Foundation

/// Numbers for grapheme clusters of more than one scalar, so a `Cell` can hold any grapheme as plain
/// data. Such clusters are rare on screen (emoji sequences, flags, a letter with a combining mark) and
/// few distinct ones ever appear, so the table is shared by every buffer of the process and never
/// shrinks; past `capacity` distinct clusters a new one is drawn as U+FFFD.
final class GraphemeClusters: @unchecked Sendable {
    static let shared = GraphemeClusters()
    static let capacity = 1 << 16

    private let lock = NSLock()
    private var numbers: [String: UInt32] = [:]
    private var clusters: [Character] = []

    /// The cell code of `character` (a cluster of several scalars): `Cell.clusterFlag` with its number.
    func number(of character: Character) -> UInt32 {
        let key = String(character)
        lock.lock()
        defer { lock.unlock() }
        if let number = numbers[key] { return number }
        guard clusters.count < Self.capacity else { return 0xFFFD }
        let number = Cell.clusterFlag | UInt32(clusters.count)
        clusters.append(character)
        numbers[key] = number
        return number
    }

    /// The cluster a code numbers (a space for a number never given).
    func character(numbered code: UInt32) -> Character {
        let index = Int(code & ~Cell.clusterFlag)
        lock.lock()
        defer { lock.unlock() }
        return index < clusters.count ? clusters[index] : " "
    }
}
