/// The newest link of the audit chain, `SEQ:HASH`: written down outside the file (printed by
/// `verify`, imports and exports), it lets a later `verify --head` catch a log that was rewritten
/// or cut short since, which the chain alone cannot (anyone can recompute plain SHA-256).
public struct ChainHead: Equatable, Sendable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String

    public init(seq: Int64, hash: String) {
        self.seq = seq
        self.hash = hash
    }

    /// Parses `SEQ:HASH` (64 hex digits); nil for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let seq = Int64(parts[0]), seq > 0, parts[1].count == 64,
              parts[1].allSatisfy({ $0.isHexDigit }) else { return nil }
        self.seq = seq
        hash = parts[1].lowercased()
    }

    /// `SEQ:HASH`, the form `--head` takes.
    public var description: String { "\(seq):\(hash)" }

    /// The line `verify`, imports and exports print: `head SEQ HASH`.
    public var line: String { "head \(seq) \(hash)" }
}
