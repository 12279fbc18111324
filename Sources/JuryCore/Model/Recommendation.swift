import Foundation

/// One row of a unit's recommendation list (the notice's 推荐表, annex 1).
public struct Recommendation: Hashable, Codable, Sendable {
    /// The recommending unit (推荐单位).
    public var unit: String
    /// 序号 on the unit's list.
    public var sequence: Int
    public var name: String
    /// 单位: the creator's employer.
    public var employer: String
    public var platform: Platform?
    public var nickname: String
    public var phone: String
    public var note: String

    public init(unit: String, sequence: Int, name: String, employer: String, platform: Platform?,
                nickname: String, phone: String, note: String = "") {
        self.unit = unit
        self.sequence = sequence
        self.name = name
        self.employer = employer
        self.platform = platform
        self.nickname = nickname
        self.phone = phone
        self.note = note
    }
}

/// A public-vote count for one entrant at one moment.
public struct VoteSnapshot: Hashable, Codable, Sendable {
    public var entrantId: String
    public var votes: Int
    /// When the count was read, UTC.
    public var takenAt: Date

    public init(entrantId: String, votes: Int, takenAt: Date) {
        self.entrantId = entrantId
        self.votes = votes
        self.takenAt = takenAt
    }
}

/// A person to be given a login, as listed in a users file.
public struct UserRecord: Hashable, Codable, Sendable {
    public var name: String
    public var role: Role
    public var unit: String
    public var city: String

    public init(name: String, role: Role, unit: String = "", city: String = "") {
        self.name = name
        self.role = role
        self.unit = unit
        self.city = city
    }
}

