/// What an import did: rows new to the file, rows it changed, rows already as given, rows it removed
/// (only a recommendation list replaces what it does not name), and the SHA-256 of the input.
public struct ImportResult: Equatable, Sendable {
    public var inserted = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    public var inputSHA256 = ""

    public init(inserted: Int = 0, updated: Int = 0, unchanged: Int = 0, removed: Int = 0, inputSHA256: String = "") {
        self.inserted = inserted
        self.updated = updated
        self.unchanged = unchanged
        self.removed = removed
        self.inputSHA256 = inputSHA256
    }

    /// Whether the import changed nothing in the file.
    public var changedNothing: Bool { inserted == 0 && updated == 0 && removed == 0 }

    var auditDetail: JSONValue {
        .object(["inserted": .int(Int64(inserted)), "updated": .int(Int64(updated)), "unchanged": .int(Int64(unchanged)),
                 "removed": .int(Int64(removed)), "input_sha256": .string(inputSHA256)])
    }
}
