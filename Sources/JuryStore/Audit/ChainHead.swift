/// The newest link of the audit chain, `SEQ:HASH`: written down outside the file (printed by
/// `verify`, imports, exports, backups and the locked results), it lets a later `verify --head`
/// catch a log that was rewritten or cut short since, which the chain alone cannot (anyone can
/// recompute plain SHA-256).
public struct ChainHead: Hashable, Sendable, CustomStringConvertible {
    public var seq: Int64
    public var hash: String
    /// When the entry was written (UTC ISO-8601), to say how old a copy is; "" when not read.
    public var at: String

    public init(seq: Int64, hash: String, at: String = "") {
        self.seq = seq
        self.hash = hash
        self.at = at
    }

    /// Parses `SEQ:HASH` (64 hex digits); nil for anything else.
    public init?(parsing text: String) {
        guard let parsed = Self.parse(text) else { return nil }
        self.init(seq: parsed.seq, hash: parsed.hash)
    }

    /// Parses `SEQ:HASH`; nil when it is not that shape.
    public static func parse(_ text: String) -> (seq: Int64, hash: String)? {
        let parts = text.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, let seq = Int64(parts[0]), seq > 0,
              parts[1].count == 64, parts[1].allSatisfy({ $0.isHexDigit }) else { return nil }
        return (seq, parts[1].lowercased())
    }

    /// `SEQ:HASH`, the form `--head` takes.
    public var text: String { "\(seq):\(hash)" }
    public var description: String { text }

    /// The line `verify`, imports and exports print: `head SEQ HASH`.
    public var line: String { "head \(seq) \(hash)" }

    /// Two heads are the same link when their sequence and hash agree; the time is only a note.
    public static func == (a: ChainHead, b: ChainHead) -> Bool { a.seq == b.seq && a.hash == b.hash }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(seq)
        hasher.combine(hash)
    }
}
