import Foundation

/// A registered creator: who they are, their accounts and the works they entered.
public struct Entrant: Hashable, Codable, Sendable, Identifiable {
    /// The sign-up platform's entry id (stable across re-imports; the key of a corrected file).
    public var id: String
    public var name: String
    public var phone: String
    /// 所在工会: the union the creator belongs to.
    public var union: String
    public var employer: String
    public var city: String
    /// Whether the creator declared union membership (职工会员).
    public var isUnionMember: Bool
    public var accounts: [Account]
    /// The one past excellent work (往期优秀作品或案例一个).
    public var pastWork: PastWork?
    /// The entry video made for the contest (参评视频).
    public var entryVideo: EntryVideo?
    /// When the creator registered, UTC.
    public var registeredAt: Date?

    public init(id: String, name: String, phone: String, union: String, employer: String, city: String,
                isUnionMember: Bool, accounts: [Account] = [], pastWork: PastWork? = nil,
                entryVideo: EntryVideo? = nil, registeredAt: Date? = nil) {
        self.id = id
        self.name = name
        self.phone = phone
        self.union = union
        self.employer = employer
        self.city = city
        self.isUnionMember = isUnionMember
        self.accounts = accounts
        self.pastWork = pastWork
        self.entryVideo = entryVideo
        self.registeredAt = registeredAt
    }

    /// Followers summed over all accounts (what "粉丝量" means for a creator with several).
    public var totalFollowers: Int { accounts.reduce(0) { $0 + $1.followers } }

    /// The account with the most followers, the one the reviewers look at first.
    public var mainAccount: Account? { accounts.max { $0.followers < $1.followers } }
}

/// One self-media account of a creator on one platform.
public struct Account: Hashable, Codable, Sendable {
    public var platform: Platform
    public var nickname: String
    public var homepage: String
    public var followers: Int
    /// When the account started (账号运营时间 is measured from here).
    public var since: CalendarDay?
    /// Share of original content, in percent 0...100.
    public var originalPercent: Int?
    /// Screenshot files of the account homepage, relative to the import file's folder.
    public var screenshots: [String]

    public init(platform: Platform, nickname: String, homepage: String = "", followers: Int,
                since: CalendarDay? = nil, originalPercent: Int? = nil, screenshots: [String] = []) {
        self.platform = platform
        self.nickname = nickname
        self.homepage = homepage
        self.followers = followers
        self.since = since
        self.originalPercent = originalPercent
        self.screenshots = screenshots
    }
}

/// The past excellent work or case a creator submits (one per creator).
public struct PastWork: Hashable, Codable, Sendable {
    public var title: String
    public var platform: Platform?
    public var url: String

    public init(title: String, platform: Platform? = nil, url: String = "") {
        self.title = title
        self.platform = platform
        self.url = url
    }
}

/// The entry video made for the contest, with the facts round two checks.
public struct EntryVideo: Hashable, Codable, Sendable {
    public var title: String
    public var file: String
    public var durationSeconds: Int
    /// Vertical resolution in pixels of the shorter side (720 for 1280×720 or 720×1280).
    public var resolution: Int
    public var topic: Topic
    /// Whether it was posted on the creator's account with the contest hashtag.
    public var hashtagPosted: Bool

    public init(title: String, file: String = "", durationSeconds: Int, resolution: Int, topic: Topic,
                hashtagPosted: Bool) {
        self.title = title
        self.file = file
        self.durationSeconds = durationSeconds
        self.resolution = resolution
        self.topic = topic
        self.hashtagPosted = hashtagPosted
    }
}
