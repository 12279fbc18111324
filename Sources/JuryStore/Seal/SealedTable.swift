/// A table whose rows are sealed in `row_seals` (issue 7): every column but the excluded ones
/// goes into the row's seal, the key names the row in `verify`'s messages.
public enum SealedTable: String, CaseIterable, Sendable {
    case users
    case entrants
    case accounts
    case works
    case recommendations
    case voteSnapshots = "vote_snapshots"
    case settings
    case claims

    /// The expression (over the table's columns, unqualified) that names a row, as text.
    var keyExpression: String {
        switch self {
        case .entrants: "id"
        case .settings: "key"
        case .claims: "entrant_id || '/' || round"
        default: "CAST(id AS TEXT)"
        }
    }

    /// The same key over a trigger's OLD or NEW row.
    func keyExpression(of row: String) -> String {
        switch self {
        case .entrants: "\(row).id"
        case .settings: "\(row).key"
        case .claims: "\(row).entrant_id || '/' || \(row).round"
        default: "CAST(\(row).id AS TEXT)"
        }
    }

    /// How to find the row of alias `row` whose key is the expression `key` (a column of another
    /// table in a join), using the table's primary key where it has one.
    func keyCondition(row: String, key: String) -> String {
        switch self {
        case .entrants: "\(row).id = \(key)"
        case .settings: "\(row).key = \(key)"
        case .claims: "\(row).entrant_id = substr(\(key), 1, instr(\(key), '/') - 1) AND \(row).round = CAST(substr(\(key), instr(\(key), '/') + 1) AS INTEGER)"
        default: "\(row).id = CAST(\(key) AS INTEGER)"
        }
    }

    /// Columns left out of the seal: the sign-in counters change on every attempt, and the lockout
    /// is enforced by the file's owner in the SSH deployment, not by the seal.
    var excludedColumns: Set<String> {
        switch self {
        case .users: ["failed_attempts", "locked_until"]
        default: []
        }
    }
}
