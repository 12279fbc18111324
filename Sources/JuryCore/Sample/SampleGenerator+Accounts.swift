/// Accounts and videos written in the mixed styles real sign-up exports contain.
extension SampleGenerator {
    func makeAccount(_ p: Person, number: Int, platform: Platform, small: Bool, _ rng: inout SplitMix64) -> Draft {
        let surname = String(p.name.prefix(1)), given = String(p.name.dropFirst())
        let w = rng.pick(p.words)
        let nickname = rng.pick(["\(w)\(surname)师傅", "\(w)小\(given.prefix(1))", "\(p.name)的\(w)日常", "老\(surname)说\(w)",
                                 "\(w)人\(p.name)", "\(p.city)\(w)\(surname)哥", "\(w)\(given)"])
        // Log-uniform from a few thousand to well over a million; the small group stays under 10,000.
        let followers: Int
        if small {
            followers = rng.int(in: 1_800...9_800)
        } else {
            let exponent = rng.int(in: 0...1_000)  // 10^4 … 10^6.3
            let raw = Int(10_000 * pow10(Double(exponent) / 1_000 * 2.3))
            followers = rng.chance(50) ? raw / 100 * 100 : raw
        }
        let (followersText, recorded) = writeCount(followers, &rng)
        let year = rng.int(in: 2015...2023), month = year == 2023 ? rng.int(in: 1...6) : rng.int(in: 1...12)
        let day = rng.int(in: 1...28)
        let since = rng.pick(["\(year)年\(month)月", "\(year)-\(two(month))-\(two(day))", "\(year)/\(month)/\(day)",
                              "\(year).\(month)", "\(year)\(two(month))", "\(year)-\(two(month))", "\(year)年\(month)月\(day)日"])
        let original = rng.int(in: 8...20) * 5
        let originalText = original == 100 ? "100%"
            : rng.pick(["\(original)%", "0.\(two(original))", "\(original)", "\(fullwidth(String(original)))％"])
        let shot = rng.chance(33) ? "screenshots/\(p.id)-\(number).png" : ""
        let homepage = SampleVocabulary.homepageBase(platform) + hex(&rng, 12)
        return Draft(platform: platform,
                     cells: [rng.pick(SampleVocabulary.spellings(platform)), nickname, homepage, followersText, since,
                             originalText, shot],
                     followers: recorded)
    }

    /// The count in one of the styles people use, and the value that text stands for.
    func writeCount(_ n: Int, _ rng: inout SplitMix64) -> (String, Int) {
        let style = rng.below(10)
        if n >= 100_000 && style == 0 {
            return ("\(n / 100_000 * 10)万+", n / 100_000 * 100_000)
        }
        if n >= 10_000 && style <= 3 {
            let tenths = n / 1_000
            let text = tenths % 10 == 0 ? "\(tenths / 10)万" : "\(tenths / 10).\(tenths % 10)万"
            return (text, tenths * 1_000)
        }
        if style <= 6 { return (HumanNumber.grouped(n), n) }
        if style == 7 { return (fullwidth(String(n)), n) }
        return (String(n), n)
    }

    func makeVideo(_ p: Person, long: Bool, low: Bool, noTag: Bool, _ rng: inout SplitMix64) -> [String] {
        let title = rng.pick(SampleVocabulary.videoOpenings) + rng.pick(SampleVocabulary.videoEndings)
        let seconds = long ? rng.int(in: 185...420) : rng.int(in: 45...179)
        let m = seconds / 60, s = seconds % 60
        var durationStyles = ["\(m):\(two(s))", "\(seconds)", "\(seconds)秒", "\(m)分\(s)秒", "\(seconds)s"]
        if s == 0 { durationStyles.append("\(m)分钟") }
        let resolution = low ? rng.pick(["540p", "480P", "854×480", "标清", "640x360"])
            : rng.pick(["1080p", "1080P", "1920×1080", "1920x1080", "1080×1920", "超清", "720p", "高清", "1280x720", "4K"])
        let topic = rng.weighted([(Topic.skill, 35), (.service, 30), (.era, 15), (.family, 15), (.other, 5)])
        let tag = noTag ? rng.pick(["否", "N", "0"]) : rng.pick(["是", "是", "Y", "√", "1"])
        return [title, "videos/\(p.id).mp4", rng.pick(durationStyles), resolution, topic.chineseName, tag]
    }

    func fullwidth(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { c in
            (48...57).contains(c.value) ? Unicode.Scalar(c.value - 48 + 0xFF10) ?? c : c
        }))
    }

    func hex(_ rng: inout SplitMix64, _ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[rng.below(16)] })
    }

    /// 10^x without Foundation's pow, so results are identical everywhere: x is a few thousandths coarse.
    private func pow10(_ x: Double) -> Double {
        var result = 1.0
        var whole = Int(x)
        var frac = x - Double(whole)
        while whole > 0 { result *= 10; whole -= 1 }
        // 10^frac by a short series of square roots of 10 (binary expansion of frac).
        var root = 10.0
        for _ in 0..<12 {
            root = root.squareRoot()
            frac *= 2
            if frac >= 1 { result *= root; frac -= 1 }
        }
        return result
    }
}
