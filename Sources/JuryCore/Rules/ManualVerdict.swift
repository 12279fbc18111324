/// A reviewer's decision on a check that needs review (a manual check, or an automatic one lacking data).
public struct ManualVerdict: Hashable, Codable, Sendable {
    public var checkId: String
    public var passed: Bool
    public var note: String

    public init(checkId: String, passed: Bool, note: String = "") {
        self.checkId = checkId
        self.passed = passed
        self.note = note
    }
}
