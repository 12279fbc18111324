import Foundation
import JuryCore

/// Deterministic entrants for the import benchmark: what a parsed registration file holds
/// (one to three accounts, a past work and an entry video each), generated without files.
enum BenchEntrants {
    static func make(count: Int, seed: UInt64 = 2023) -> [Entrant] {
        var all: [Entrant] = []
        all.reserveCapacity(count)
        forEach(count: count, seed: seed) { all.append($0) }
        return all
    }

    /// The same entrants one at a time, for files larger than one would hold.
    static func forEach(count: Int, seed: UInt64 = 2023, _ body: (Entrant) throws -> Void) rethrows {
        var rng = SplitMix64(seed: seed)
        let surnames = Array("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹")
        let given = Array("晓明建国丽娟志强秀英海燕伟敏静磊洋艳勇军杰娜涛超霞平刚桂英玉兰春梅文博子涵一鸣思远浩然雨桐")
        let employers = ["国网陕西省电力公司", "西安地铁运营分公司", "西安市环卫中心", "陕西建工集团", "中国铁路西安局",
                         "陕西煤业化工集团", "西安市第一医院", "宝鸡市环卫处", "陕西延长石油", "西北工业大学"]
        let cities = ["西安", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛", "铜川"]
        let platforms: [Platform] = [.douyin, .kuaishou, .weibo, .bilibili, .channels, .xiaohongshu, .toutiao]
        let topics: [Topic] = [.skill, .service, .era, .family, .other]
        for n in 1...max(1, count) {
            let name = String(rng.pick(surnames)) + String(rng.pick(given)) + (rng.chance(50) ? String(rng.pick(given)) : "")
            let id = String(format: "E%06d", n)
            var used: [Platform] = []
            let accountCount = rng.int(in: 1...3)
            while used.count < accountCount {
                let p = rng.pick(platforms)
                if !used.contains(p) { used.append(p) }
            }
            let accounts = used.enumerated().map { k, p in
                Account(platform: p, nickname: "\(name)的\(rng.pick(["日常", "工地", "小站", "vlog"]))\(k + 1)",
                        homepage: "https://\(p.rawValue).example.com/u/\(rng.int(in: 100_000...999_999))",
                        followers: rng.int(in: 5_000...800_000),
                        since: CalendarDay(year: rng.int(in: 2015...2022), month: rng.int(in: 1...12)),
                        originalPercent: rng.int(in: 60...100),
                        screenshots: ["screenshots/\(id)-\(k + 1)a.png", "screenshots/\(id)-\(k + 1)b.png"])
            }
            try body(Entrant(id: id, name: name, phone: String(format: "13%09d", rng.int(in: 0...999_999_999)),
                           union: "陕西省总工会", employer: rng.pick(employers), city: rng.pick(cities), isUnionMember: rng.chance(98),
                           accounts: accounts,
                           pastWork: PastWork(title: "我的一天：\(rng.pick(employers))", platform: used[0],
                                              url: "https://\(used[0].rawValue).example.com/video/\(rng.int(in: 100_000...999_999))"),
                           entryVideo: EntryVideo(title: "平凡岗位上的正能量（\(name)）", file: "videos/\(id).mp4",
                                                  durationSeconds: rng.int(in: 60...200), resolution: rng.pick([720, 1080, 1080, 2160]),
                                                  topic: rng.pick(topics), hashtagPosted: rng.chance(95)),
                           registeredAt: Date(timeIntervalSince1970: 1_690_848_000 + Double(rng.int(in: 0...2_678_400)))))
        }
    }
}
