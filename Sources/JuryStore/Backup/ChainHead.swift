/// The newest link of the audit chain: what a backup holds and what is written down outside the file,
/// so a later copy or the live file can be checked against it (`jurydesk verify --head SEQ:HASH`).
public struct ChainHead: Hashable, Sendable {
    public var seq: Int64
    public var hash: String
    /// When the entry was written (UTC ISO-8601), to say how old a copy is.
    public var at: String

    public init(seq: Int64, hash: String, at: String = "") {
        self.seq = seq
        self.hash = hash
        self.at = at
    }

    /// `SEQ:HASH`, the form `--head` takes.
    public var text: String { "\(seq):\(hash)" }

    /// Parses `SEQ:HASH`; nil when it is not that shape.
    public static func parse(_ text: String) -> (seq: Int64, hash: String)? {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let seq = Int64(parts[0]), seq > 0,
              parts[1].count == 64, parts[1].allSatisfy({ $0.isHexDigit }) else { return nil }
        return (seq, parts[1].lowercased())
    }
}
