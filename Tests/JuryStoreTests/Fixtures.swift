import Foundation
import JuryCore

/// Small, readable entrants for the repository and import tests.
enum Fixtures {
    static func entrant(_ n: Int, name: String? = nil, city: String = "西安", followers: Int = 12_000) -> Entrant {
        Entrant(id: String(format: "E%06d", n), name: name ?? "达人\(n)", phone: String(format: "138%08d", n),
                union: "陕西省总工会", employer: n % 2 == 0 ? "陕西电力公司" : "西安地铁", city: city, isUnionMember: true,
                accounts: [Account(platform: n % 3 == 0 ? .douyin : .weibo, nickname: "nick\(n)", followers: followers,
                                   since: CalendarDay(year: 2021, month: 3))],
                pastWork: PastWork(title: "往期作品\(n)", platform: .douyin, url: "https://example.org/\(n)"),
                entryVideo: EntryVideo(title: "参评视频\(n)", durationSeconds: 170, resolution: 1080, topic: .skill, hashtagPosted: true),
                registeredAt: Date(timeIntervalSince1970: 1_690_000_000 + Double(n)))
    }
}
