import JuryCore
import JuryStore
import TerminalKit

/// The dossier as wrapped lines of text with a style role each; the detail screen scrolls through them.
enum DetailLines {
    struct Line: Equatable {
        var text: String
        var role: ThemeRole
    }

    static func build(_ detail: EntrantDetail?, _ ctx: ScreenContext, width: Int) -> [Line] {
        guard let detail else { return [] }
        let l10n = ctx.l10n
        var out: [Line] = []
        func section(_ key: StringKey) {
            if !out.isEmpty { out.append(Line(text: "", role: .normal)) }
            out.append(Line(text: l10n(.sectionHeading, ["title": l10n(key)]), role: .title))
        }
        func add(_ text: String, role: ThemeRole = .normal, indent: Int = 2) {
            let pad = String(repeating: " ", count: indent)
            for (i, piece) in TextWrapper.wrap(text, width: max(1, width - indent - 2)).enumerated() {
                out.append(Line(text: (i == 0 ? pad : pad + "  ") + piece, role: role))
            }
        }
        func field(_ key: StringKey, _ value: String) { add(l10n(.fieldLine, ["label": l10n(key), "value": value])) }

        guard let e = detail.entrant else {
            out.append(Line(text: l10n(.entrantGone), role: .warning))
            return out
        }
        let admin = ctx.session?.role == .admin
        section(.sectionProfile)
        field(.columnName, e.name)
        field(.fieldPhone, admin ? e.phone : PhoneMask.mask(e.phone))
        field(.fieldUnion, e.union)
        field(.columnEmployer, e.employer)
        field(.columnCity, e.city)
        field(.fieldUnionMember, Labels.yesNo(e.isUnionMember, l10n))
        if let at = e.registeredAt {
            field(.fieldRegisteredAt, HumanTimestamp.display(at, timeZone: ctx.definition.zone))
        }
        field(.columnStage, Labels.stage(detail.summary.stage, l10n))
        field(.fieldRecommended, Labels.yesNo(detail.summary.recommended, l10n))
        for r in detail.recommendations {
            add(ReviewDetailLines.recommendation(r, ctx), role: .dim, indent: 4)
        }

        section(.sectionAccounts)
        if e.accounts.isEmpty { add(l10n(.none), role: .dim) }
        for (i, a) in e.accounts.enumerated() {
            let short = Labels.followers(a.followers, l10n), full = HumanNumber.grouped(a.followers)
            // "2,009（2,009）" says nothing twice: the exact count only when the short form rounds.
            var facts = [short == full ? l10n(.followersShort, ["short": short])
                                       : l10n(.followersLine, ["short": short, "full": full])]
            if let since = a.since { facts.append("\(l10n(.fieldSince)) \(since)") }
            if let original = a.originalPercent { facts.append("\(l10n(.fieldOriginal)) \(original)%") }
            add("\(i + 1). \(Labels.platform(a.platform, l10n)) · \(a.nickname) · " + facts.joined(separator: " · "))
            if !a.homepage.isEmpty { add(l10n(.fieldLine, ["label": l10n(.fieldHomepage), "value": a.homepage]), role: .dim, indent: 5) }
            if !a.screenshots.isEmpty {
                add(l10n(.fieldLine, ["label": l10n(.screenshotsTitle), "value": String(a.screenshots.count)]), role: .dim, indent: 5)
            }
        }

        section(.sectionPastWork)
        if let w = e.pastWork {
            add([w.title, w.platform.map { Labels.platform($0, l10n) }, w.url.isEmpty ? nil : w.url]
                .compactMap { $0 }.joined(separator: " · "))
        } else {
            add(l10n(.none), role: .dim)
        }

        section(.sectionEntryVideo)
        if let v = e.entryVideo {
            add(v.title)
            add([l10n(.fieldDuration) + " " + VideoDuration.format(v.durationSeconds),
                 l10n(.fieldResolution) + " \(v.resolution)p",
                 l10n(.fieldTopic) + " " + Labels.topic(v.topic, l10n)].joined(separator: " · "))
            field(.fieldHashtag, Labels.yesNo(v.hashtagPosted, l10n))
            for (text, role) in ReviewDetailLines.video(detail.video, registered: v, ctx) { add(text, role: role) }
        } else {
            add(l10n(.none), role: .dim)
        }

        section(.sectionVotes)
        if let vote = detail.latestVote {
            add(l10n(.votesLine, ["votes": HumanNumber.grouped(vote.votes),
                                  "time": HumanTimestamp.display(vote.takenAt, timeZone: ctx.definition.zone)]))
            if let trend = ReviewDetailLines.sparkline(detail.votes, width: width - 6) { add(trend, role: .accent, indent: 4) }
        } else {
            add(l10n(.noVotes), role: .dim)
        }

        section(.sectionChecks)
        for (key, results) in [(StringKey.roundOne, detail.roundOne), (StringKey.roundTwo, detail.roundTwo)] {
            add(l10n(key), role: .accent)
            for r in results {
                let (mark, role): (String, ThemeRole) = switch r.outcome {
                case .pass: ("✓", .success)
                case .fail: ("✗", .error)
                case .needsReview: ("?", .warning)
                }
                add(mark + " " + l10n(.fieldLine, ["label": ctx.text(r.label), "value": ctx.text(r.reason)])
                    + ReviewDetailLines.checkSuffix(r, ctx), role: role, indent: 4)
                if let rule = ReviewDetailLines.ruleText(r, ctx) { add(rule, role: .dim, indent: 8) }
            }
        }
        if !detail.history.isEmpty {
            section(.reviewHistoryTitle)
            for d in detail.history { add(ReviewDetailLines.decision(d, ctx), role: .normal) }
        }
        return out
    }
}
