/// The last entry of the audit chain: printed on the results as their 校验码 so `verify --head`
/// can later show that nothing changed since.
public struct ChainHead: Hashable, Sendable {
    public var seq: Int64
    public var hash: String

    /// "#123 9f86d0…" shape: the seq and the full hash.
    public var text: String { "#\(seq) \(hash)" }
}
