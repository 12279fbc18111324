import Foundation

/// A reviewer letting an entrant through a failed check, with the written reason the check may require.
public struct Waiver: Hashable, Codable, Sendable {
    public var checkId: String
    public var reason: String

    public init(checkId: String, reason: String) {
        self.checkId = checkId
        self.reason = reason
    }

    /// Whitespace alone is no reason.
    public var hasReason: Bool { !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
}
