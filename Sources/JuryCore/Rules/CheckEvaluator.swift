/// Applies one definition check to one entrant; the round types just run it over their checks.
public enum CheckEvaluator {
    /// Evaluates `check` for `entrant` on `day` (the contest-zone day used when a rule names no date).
    public static func evaluate(_ check: ReviewCheck, for entrant: Entrant, on day: CalendarDay) -> CheckResult {
        let (outcome, reason) = judge(check, entrant, day)
        return CheckResult(id: check.id, label: check.label, outcome: outcome, waivable: check.waivable,
                           waiverNeedsReason: check.waiverNeedsReason, waiverHint: check.waiverHint, reason: reason)
    }

    private typealias Verdict = (CheckResult.Outcome, LocalizedText)

    private static func judge(_ check: ReviewCheck, _ entrant: Entrant, _ day: CalendarDay) -> Verdict {
        guard check.kind == .automatic, let rule = check.rule else {
            return (.needsReview, LocalizedText(zh: "待人工审核", en: "Manual review"))
        }
        switch rule {
        case .unionMember:
            return entrant.isUnionMember
                ? (.pass, LocalizedText(zh: "是", en: "Yes"))
                : (.fail, LocalizedText(zh: "否（报名表未登记为会员）", en: "No (not a member on the registration form)"))
        case .accountAge(let minimum, let measuredOn):
            guard let account = entrant.mainAccount else { return noAccount }
            guard let since = account.since else {
                return (.needsReview, LocalizedText(zh: "主账号未填开通时间", en: "Main account start date not given"))
            }
            let reference = measuredOn ?? day
            let months = since.months(until: reference)
            let zh = "主账号自 \(since) 运营 \(months) 个月", en = "main account since \(since): \(months) months"
            return months >= minimum
                ? (.pass, LocalizedText(zh: "\(zh) ≥ \(minimum)", en: "\(en) ≥ \(minimum)"))
                : (.fail, LocalizedText(zh: "\(zh) < \(minimum)", en: "\(en) < \(minimum)"))
        case .originalContent(let minimum):
            guard let account = entrant.mainAccount else { return noAccount }
            guard let percent = account.originalPercent else {
                return (.needsReview, LocalizedText(zh: "主账号未填原创占比", en: "Main account original share not given"))
            }
            return compare(percent, atLeast: minimum, zh: "主账号", en: "main account", unit: "%")
        case .followers(let minimum, let basis):
            guard let main = entrant.mainAccount else { return noAccount }
            let count = basis == .total ? entrant.totalFollowers : main.followers
            let (zh, en) = basis == .total ? ("合计", "in total") : ("主账号", "main account")
            return compare(count, atLeast: minimum, zh: zh, en: en, unit: "")
        case .pastWorkPresent:
            guard let work = entrant.pastWork, !work.title.isEmpty || !work.url.isEmpty else {
                return (.fail, LocalizedText(zh: "未提供往期优秀作品", en: "No past work submitted"))
            }
            return (.pass, LocalizedText(zh: work.title.isEmpty ? work.url : work.title, en: work.title.isEmpty ? work.url : work.title))
        case .videoDuration(let maximum):
            guard let video = entrant.entryVideo else { return noVideo }
            return video.durationSeconds <= maximum
                ? (.pass, LocalizedText(zh: "时长 \(video.durationSeconds) 秒 ≤ \(maximum)", en: "\(video.durationSeconds) s ≤ \(maximum)"))
                : (.fail, LocalizedText(zh: "时长 \(video.durationSeconds) 秒 > \(maximum)", en: "\(video.durationSeconds) s > \(maximum)"))
        case .videoResolution(let minimum):
            guard let video = entrant.entryVideo else { return noVideo }
            // A resolution is a name ("2160p"), not a quantity: no thousands separator.
            return compare(video.resolution, atLeast: minimum, zh: "", en: "", unit: "p", grouping: false)
        case .hashtagPosted(let hashtag):
            guard let video = entrant.entryVideo else { return noVideo }
            return video.hashtagPosted
                ? (.pass, LocalizedText(zh: "已带话题 \(hashtag) 发布", en: "Posted with \(hashtag)"))
                : (.fail, LocalizedText(zh: "未带话题 \(hashtag) 发布", en: "Not posted with \(hashtag)"))
        case .topic(let allowed):
            guard let video = entrant.entryVideo else { return noVideo }
            let topic = video.topic
            return allowed.contains(topic)
                ? (.pass, LocalizedText(zh: topic.chineseName, en: topic.englishName))
                : (.fail, LocalizedText(zh: "选题“\(topic.chineseName)”不在征集范围", en: "Topic \"\(topic.englishName)\" is not allowed"))
        }
    }

    private static let noAccount: Verdict =
        (.fail, LocalizedText(zh: "未填写自媒体账号", en: "No account given"))
    private static let noVideo: Verdict =
        (.fail, LocalizedText(zh: "未提交参评视频", en: "No entry video"))

    private static func compare(_ value: Int, atLeast minimum: Int, zh: String, en: String, unit: String,
                                grouping: Bool = true) -> Verdict {
        let v = (grouping ? grouped(value) : String(value)) + unit, m = (grouping ? grouped(minimum) : String(minimum)) + unit
        // The check's label names the measure ("账号粉丝量：合计 8,600 < 10,000"), so the reason says only
        // whose value it is and how it compares.
        let zhText = zh.isEmpty ? "" : zh + " ", enText = en.isEmpty ? "" : en + " "
        return value >= minimum
            ? (.pass, LocalizedText(zh: "\(zhText)\(v) ≥ \(m)", en: "\(enText)\(v) ≥ \(m)"))
            : (.fail, LocalizedText(zh: "\(zhText)\(v) < \(m)", en: "\(enText)\(v) < \(m)"))
    }

    /// 8600 → "8,600", independent of the process locale so reasons read the same everywhere.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }
}
