/// A column's declared type in a STRICT table, as far as storing a value exactly goes: what lets a
/// write seal a row from the values it binds instead of reading the row back.
enum DeclaredType: Sendable {
    case integer, text, real, blob, any, other

    /// From `PRAGMA table_info`'s `type` (STRICT tables allow INT, INTEGER, REAL, TEXT, BLOB, ANY).
    init(_ declared: String) {
        switch declared.uppercased() {
        case "INTEGER", "INT": self = .integer
        case "TEXT": self = .text
        case "REAL": self = .real
        case "BLOB": self = .blob
        case "ANY": self = .any
        default: self = .other
        }
    }

    /// Whether a STRICT column of this type stores `value` exactly as bound (NULL always is).
    func storesExactly(_ value: SQLValue) -> Bool {
        switch (self, value) {
        case (_, .null), (.integer, .integer), (.text, .text), (.real, .real), (.blob, .blob), (.any, _): true
        default: false
        }
    }
}
