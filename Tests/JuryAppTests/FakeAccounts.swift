import JuryCore
@testable import JuryStore

/// Store values for pure `update` tests (the store builds them from rows; so do we).
enum FakeAccounts {
    static func make(name: String, role: Role) -> UserAccount {
        let row = Row(columns: ["id", "name", "role", "unit", "city", "active", "pin_hash"],
                      values: [.integer(1), .text(name), .text(role.rawValue), .text("单位"), .text("西安"), .integer(1), .text("x")])
        guard let account = UserAccount(row: row) else { fatalError("fixture row") }
        return account
    }

    static func summary(id: String, name: String) -> EntrantSummary {
        EntrantSummary(id: id, name: name, employer: "单位", city: "西安", platforms: [.douyin], totalFollowers: 12_000,
                       recommended: false, stage: .registered)
    }
}
