/// The CSV tables of the sample: registrations, units' recommendation lists, vote snapshots, users.
extension SampleGenerator {
    func registrationRows(_ people: [Person]) -> [[String]] {
        var rows = [ImportSchema.registrations.columns.map(\.zh)]
        for p in people {
            var row = [p.id, p.name, p.phone, p.union, p.employer, p.city, p.member]
            for n in 0..<ImportSchema.accountGroups {
                row += n < p.accounts.count ? p.accounts[n].cells : Array(repeating: "", count: 7)
            }
            row += p.past + p.video + [p.registeredAt]
            rows.append(row)
        }
        return rows
    }

    /// The recommending units: (unit, names on its list, of which not registered, of which with a
    /// mistyped phone). 延安 sends fewer than the notice's ten; 国网's file carries a 推荐单位 column.
    static let recommendingUnits: [(unit: String, size: Int, unregistered: Int, wrongPhone: Int)] = [
        ("西安市总工会", 14, 2, 1),
        ("宝鸡市总工会", 11, 1, 0),
        ("陕西省能源化学地质工会", 12, 1, 0),
        ("国网陕西省电力公司工会", 10, 0, 0),
        ("陕西省教科文卫体工会", 10, 0, 1),
        ("延安市总工会", 6, 1, 0),
    ]
    static let unitWithColumn = "国网陕西省电力公司工会"

    func recommendationLists(_ people: [Person], _ rng: inout SplitMix64) -> [(String, [[String]])] {
        var taken = Set<String>()
        var lists: [(String, [[String]])] = []
        for spec in Self.recommendingUnits {
            let withColumn = spec.unit == Self.unitWithColumn
            var header = ["序号", "达人姓名", "单位", "参赛平台", "账号昵称", "手机号", "备注"]
            if withColumn { header.append("推荐单位") }
            let own = people.filter { $0.union == spec.unit && !taken.contains($0.id) }
            let others = rng.shuffled(people.filter { $0.union != spec.unit && !taken.contains($0.id) })
            let registered = Array((rng.shuffled(own) + others).prefix(spec.size - spec.unregistered))
            var entries: [[String]] = []
            for (k, p) in registered.enumerated() {
                taken.insert(p.id)
                let main = p.accounts[0]
                var phone = p.phone
                if k < spec.wrongPhone {
                    // Two digits swapped: the phone no longer matches, name and nickname still do.
                    var d = Array(phone)
                    d.swapAt(5, 8)
                    if d[5] == d[8] { d[9] = d[9] == "0" ? "1" : "0" }
                    phone = String(d)
                }
                entries.append([p.name, p.employer, main.platform.chineseName, main.nickname, writePhone(phone, &rng),
                                rng.pick(SampleVocabulary.notes)])
            }
            for _ in 0..<spec.unregistered {
                let name = Self.chineseName(&rng)
                let platform = rng.weighted(SampleVocabulary.platforms)
                // A city federation's people work in that city; an industry union's are placed in Xi'an.
                let city = spec.unit.hasSuffix("市总工会") ? String(spec.unit.dropLast(3)) : "西安市"
                entries.append([name, rng.pick(SampleVocabulary.cityEmployers).replacingOccurrences(of: "{c}", with: city),
                                platform.chineseName, "\(rng.pick(SampleVocabulary.cityWords))\(name)", Self.phone(&rng), ""])
            }
            var rows = [header]
            for (k, e) in rng.shuffled(entries).enumerated() {
                rows.append(["\(k + 1)"] + e + (withColumn ? [spec.unit] : []))
            }
            // The notice's form has ten numbered lines; a short list keeps the empty numbered ones.
            for k in stride(from: entries.count + 1, through: 10, by: 1) {
                rows.append(["\(k)"] + Array(repeating: "", count: header.count - 1))
            }
            lists.append((spec.unit, rows))
        }
        return lists
    }

    private func writePhone(_ phone: String, _ rng: inout SplitMix64) -> String {
        let d = Array(phone)
        switch rng.below(6) {
        case 0: return "\(String(d[0..<3])) \(String(d[3..<7])) \(String(d[7...]))"
        case 1: return "\(String(d[0..<3]))-\(String(d[3..<7]))-\(String(d[7...]))"
        default: return phone
        }
    }

    /// Five evening readings of the public vote (18–22 September 2023); every count only grows.
    func voteDays(_ people: [Person], _ rng: inout SplitMix64) -> [[[String]]] {
        var counts = people.map { _ in rng.chance(15) ? rng.int(in: 2_000...20_000) : rng.int(in: 20...1_500) }
        var days: [[[String]]] = []
        for day in 0..<5 {
            let date = 18 + day
            var rows = [["报名编号", "姓名", "票数", "时间"]]
            for (i, p) in people.enumerated() {
                counts[i] += counts[i] * rng.int(in: 3...40) / 100 + rng.int(in: 0...60)
                let minute = rng.int(in: 0...9)
                let time = rng.pick(["2023-09-\(date) 20:0\(minute)", "2023/9/\(date) 20:0\(minute):00",
                                     "2023-09-\(date)T20:0\(minute):00+08:00"])
                let votes = rng.chance(25) ? HumanNumber.grouped(counts[i]) : String(counts[i])
                rows.append([p.id, p.name, votes, time])
            }
            days.append(rows)
        }
        return days
    }

    /// The review team: 2 reviewers, 7 judges (the notice's mix of platforms, academia, creators,
    /// unions, the cyberspace office and workers), 1 chair, 1 admin. Fictional names.
    func userRows() -> [[String]] {
        [
            ["姓名", "角色", "单位", "城市"],
            ["周晓燕", "审核员", "陕西省总工会网络工作部", "西安"],
            ["孙浩然", "审核员", "陕西省总工会网络工作部", "西安"],
            ["李慧敏", "评委", "西安交通大学新闻与新媒体学院", "西安"],
            ["陈立新", "评委", "陕西省委网信办网络传播处", "西安"],
            ["马文博", "评委", "抖音陕西运营中心", "西安"],
            ["刘晓雯", "评委", "快手陕西运营中心", "西安"],
            ["赵秦川", "评委", "网络达人（秦川匠人）", "宝鸡"],
            ["高玉兰", "评委", "陕西省总工会宣传教育部", "西安"],
            ["杨建峰", "评委", "国网西安供电公司（职工评委）", "西安"],
            ["韩志刚", "主任", "陕西省总工会", "西安"],
            ["吴昊", "管理员", "陕西省工人疗养院信息中心", "西安"],
        ]
    }
}
