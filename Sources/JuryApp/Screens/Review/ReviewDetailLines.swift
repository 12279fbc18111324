import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// The reviewing parts of the dossier's lines: recommendations with their 备注, the vote sparkline,
/// what a check's mark leaves unsaid (manual, waivable), and one line per decision in the history.
enum ReviewDetailLines {
    static func recommendation(_ r: Recommendation, _ ctx: ScreenContext) -> String {
        let l10n = ctx.l10n
        let note = r.note.trimmingCharacters(in: .whitespaces)
        return l10n(.reviewRecommendedBy, ["unit": r.unit, "seq": String(r.sequence)])
            + (note.isEmpty ? "" : " · " + l10n(.fieldLine, ["label": l10n(.reviewRecommendationNote), "value": note]))
    }

    /// The snapshots as a sparkline with first and last counts, once there are two or more.
    static func sparkline(_ votes: [Int], width: Int) -> String? {
        guard votes.count >= 2 else { return nil }
        let line = Sparkline(votes.map(Double.init)).render(width: min(votes.count, max(4, width - 24)))
        return "\(HumanNumber.grouped(votes[0])) \(line) \(HumanNumber.grouped(votes[votes.count - 1]))"
    }

    /// What ffprobe found, and where it differs from the registration (nothing when ffprobe is missing).
    static func video(_ facts: VideoFacts?, registered: EntryVideo, _ ctx: ScreenContext) -> [(String, ThemeRole)] {
        guard let facts else { return [] }
        let l10n = ctx.l10n
        switch facts.problem {
        case .noProbe?: return []
        case .fileMissing(let path)?: return [(l10n(.videoFileMissing, ["path": path]), .warning)]
        case .failed(let reason)?: return [(l10n(.videoProbeFailed, ["reason": reason]), .warning)]
        case nil: break
        }
        var found: [String] = []
        if let seconds = facts.durationSeconds { found.append(l10n(.fieldDuration) + " " + VideoDuration.format(seconds)) }
        if let w = facts.width, let h = facts.height { found.append(l10n(.fieldResolution) + " \(w)×\(h)") }
        var lines = [(l10n(.videoMeasured, ["facts": found.joined(separator: " · ")]), ThemeRole.dim)]
        // Registration forms round: a couple of seconds either way is the same video.
        if let seconds = facts.durationSeconds, abs(seconds - registered.durationSeconds) > 2 {
            lines.append((l10n(.videoDurationMismatch, ["found": VideoDuration.format(seconds),
                                                       "registered": VideoDuration.format(registered.durationSeconds)]), .warning))
        }
        if let side = facts.shorterSide, side != registered.resolution {
            lines.append((l10n(.videoResolutionMismatch, ["found": "\(side)p", "registered": "\(registered.resolution)p"]), .warning))
        }
        return lines
    }

    /// The rule as the definition words it, under a check that failed or waits for the reviewer.
    static func ruleText(_ r: CheckResult, _ ctx: ScreenContext) -> String? {
        guard r.outcome != .pass, let note = ctx.definition.check(r.id)?.note else { return nil }
        return ctx.text(note)
    }

    static func checkSuffix(_ r: CheckResult, _ ctx: ScreenContext) -> String {
        let l10n = ctx.l10n
        if r.outcome == .fail && r.waivable { return " · " + l10n(.reviewCheckWaivable) }
        return ""
    }

    /// "2023-09-05 10:00 王审核 第一轮 通过 · 理由 · 豁免 … · 备注 …".
    static func decision(_ d: ReviewDecision, _ ctx: ScreenContext) -> String {
        let l10n = ctx.l10n
        let round = l10n(d.round == 1 ? .roundOne : .roundTwo)
        let when = UTCTime.parse(d.decidedAt).map { HumanTimestamp.display($0, timeZone: ctx.definition.zone) } ?? d.decidedAt
        var parts = ["\(when) \(d.reviewer) \(round) \(Labels.verdict(d.outcome, l10n))"]
        let rounds = d.round == 2 ? ctx.definition.roundTwo : ctx.definition.roundOne
        if let id = d.reasonId { parts.append(rounds.reason(id).map { ctx.text($0.label) } ?? id) }
        for w in d.waivers {
            let label = ctx.definition.check(w.checkId).map { ctx.text($0.label) } ?? w.checkId
            parts.append(l10n(.reviewHistoryWaiver, ["check": label, "reason": w.reason]))
        }
        if !d.note.isEmpty { parts.append(l10n(.fieldLine, ["label": l10n(.reviewDialogNote), "value": d.note])) }
        return parts.joined(separator: " · ")
    }
}
