/// What a users import did, with the PINs generated for people new to the file (shown once to the
/// admin, never stored in clear).
public struct UserImportResult: Equatable, Sendable {
    public var result: ImportResult
    /// Name → initial PIN, only for inserted users.
    public var initialPins: [String: String]
}
