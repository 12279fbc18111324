import Foundation

/// One file of the generated sample: its path under the sample folder and its bytes.
public struct SampleFile: Hashable, Sendable {
    public var path: String
    public var bytes: [UInt8]
}

/// Makes a deterministic, realistic sample of the contest's import files (same seed → byte-identical files).
public struct SampleGenerator: Sendable {
    public let seed: UInt64
    public var entrantCount: Int

    /// The committed `SampleData/` is generated with this seed.
    public static let committedSeed: UInt64 = 2023

    public init(seed: UInt64 = committedSeed, entrantCount: Int = 300) {
        self.seed = seed
        self.entrantCount = entrantCount
    }

    /// How many entrants carry each awkward case the rules must catch (disjoint groups).
    public static let awkwardCounts = (overThreeMinutes: 8, belowHD: 6, noHashtag: 7, underTenThousand: 10, nonMember: 2)

    /// A creator as the sample writes them: values already in the mixed styles people type.
    struct Person {
        var id, name, phone, union, employer, city, member: String
        var words: [String]
        var accounts: [Draft] = []
        var past: [String] = ["", "", ""]
        var video: [String] = ["", "", "", "", "", ""]
        var registeredAt = ""
    }

    struct Draft {
        var platform: Platform
        var cells: [String] // 平台, 昵称, 主页, 粉丝数, 开通时间, 原创占比, 截图
        var followers: Int
        var nickname: String { cells[1] }
    }

    /// Every file, sorted by path.
    public func files() -> [SampleFile] {
        var rng = SplitMix64(seed: seed)
        let people = makePeople(&rng)
        var out: [SampleFile] = []
        out.append(SampleFile(path: "registrations.csv", bytes: CSVWriter().data(registrationRows(people))))
        for (unit, rows) in recommendationLists(people, &rng) {
            out.append(SampleFile(path: "recommendations/\(unit).csv", bytes: CSVWriter().data(rows)))
        }
        for (day, rows) in voteDays(people, &rng).enumerated() {
            out.append(SampleFile(path: "votes/day-\(day + 1).csv", bytes: CSVWriter().data(rows)))
        }
        out.append(SampleFile(path: "users.csv", bytes: CSVWriter().data(userRows())))
        for p in people {
            for a in p.accounts where !a.cells[6].isEmpty {
                out.append(SampleFile(path: a.cells[6], bytes: SampleScreenshot.png(platform: a.platform, followers: a.followers, rng: &rng)))
            }
        }
        return out.sorted { $0.path < $1.path }
    }

    /// Writes every file under `directory`, creating subfolders; leaves other files there alone.
    public func write(to directory: URL) throws {
        let fm = FileManager.default
        for file in files() {
            let url = directory.appendingPathComponent(file.path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(file.bytes).write(to: url)
        }
    }

    // MARK: people

    private func makePeople(_ rng: inout SplitMix64) -> [Person] {
        let n = entrantCount
        let order = rng.shuffled(Array(0..<n))
        let a = Self.awkwardCounts
        var cursor = 0
        func take(_ k: Int) -> Set<Int> {
            defer { cursor += k }
            return Set(order[min(cursor, n)..<min(cursor + k, n)])
        }
        let long = take(a.overThreeMinutes), low = take(a.belowHD), noTag = take(a.noHashtag)
        let small = take(a.underTenThousand), nonMember = take(a.nonMember)
        var usedNames = Set<String>(), usedPhones = Set<String>()
        var people: [Person] = []
        for i in 0..<n {
            var p = makeIdentity(index: i, &rng, usedNames: &usedNames, usedPhones: &usedPhones)
            p.member = nonMember.contains(i) ? rng.pick(["否", "N", "否"]) : rng.pick(["是", "是", "Y", "√", "1", "yes"])
            let accountCount = small.contains(i) ? 1 : rng.weighted([(1, 50), (2, 35), (3, 15)])
            var platforms: [Platform] = []
            while platforms.count < accountCount {
                let pl = rng.weighted(SampleVocabulary.platforms)
                if !platforms.contains(pl) { platforms.append(pl) }
            }
            for (k, pl) in platforms.enumerated() {
                p.accounts.append(makeAccount(p, number: k + 1, platform: pl, small: small.contains(i), &rng))
            }
            let w = rng.pick(p.words)
            p.past = [rng.pick(SampleVocabulary.pastPatterns).replacingOccurrences(of: "{w}", with: w),
                      SampleVocabulary.spellings(platforms[0])[0],
                      SampleVocabulary.homepageBase(platforms[0]) + "/video/\(rng.int(in: 100_000...999_999))"]
            p.video = makeVideo(p, long: long.contains(i), low: low.contains(i), noTag: noTag.contains(i), &rng)
            let day = rng.int(in: 1...31), hour = rng.int(in: 7...23), minute = rng.int(in: 0...59), second = rng.int(in: 0...59)
            p.registeredAt = rng.pick([
                "2023-08-\(two(day)) \(two(hour)):\(two(minute))",
                "2023/8/\(day) \(hour):\(two(minute)):\(two(second))",
                "2023-08-\(two(day))T\(two(hour)):\(two(minute)):\(two(second))+08:00",
            ])
            people.append(p)
        }
        return people
    }

    private func makeIdentity(index: Int, _ rng: inout SplitMix64, usedNames: inout Set<String>,
                              usedPhones: inout Set<String>) -> Person {
        var name = ""
        repeat { name = Self.chineseName(&rng) } while usedNames.contains(name)
        usedNames.insert(name)
        var phone = ""
        repeat { phone = Self.phone(&rng) } while usedPhones.contains(phone)
        usedPhones.insert(phone)
        let city = rng.weighted(SampleVocabulary.cities)
        let prefix = SampleVocabulary.cityPrefix(city)
        let union: String, employer: String, words: [String]
        if rng.chance(45) {
            union = prefix + "总工会"
            employer = rng.pick(SampleVocabulary.cityEmployers)
            words = SampleVocabulary.cityWords
        } else {
            let u = rng.pick(SampleVocabulary.industryUnions)
            union = u.union
            employer = rng.pick(u.employers)
            words = u.words
        }
        return Person(id: "BM2023-\(String(format: "%04d", index + 1))", name: name, phone: phone, union: union,
                      employer: employer.replacingOccurrences(of: "{c}", with: prefix), city: city, member: "是", words: words)
    }

    static func chineseName(_ rng: inout SplitMix64) -> String {
        var s = String(rng.pick(SampleVocabulary.surnames))
        s.append(rng.pick(SampleVocabulary.givenChars))
        if rng.chance(65) { s.append(rng.pick(SampleVocabulary.givenChars)) }
        return s
    }

    static func phone(_ rng: inout SplitMix64) -> String {
        let prefixes = ["133", "135", "136", "137", "138", "139", "150", "151", "152", "155", "158", "159",
                        "177", "180", "182", "186", "187", "189", "191", "199"]
        return rng.pick(prefixes) + String(format: "%08d", rng.below(100_000_000))
    }

    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
