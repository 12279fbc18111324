import JuryCore
import TerminalKit

/// Judges' leniency as bars (mean total, SD, how often flagged), the jury's agreement (ICC over the
/// totals with its one-line reading, then per criterion), and every finalist's votes as a sparkline
/// with unusual jumps flagged; the flagging rules are printed at the foot.
struct ChairReliabilityScreen: Screen {
    enum Action: Sendable { case move(ListMove), back }

    var methodIndex: Int
    var report: ChairReliability?
    var table = TableState()

    init(methodIndex: Int) { self.methodIndex = methodIndex }

    static let bindings: [KeyBinding<Action>] = ListMove.bindings(Action.move) + [
        KeyBinding([.char("q"), .escape, .char("h"), .left], "q/Esc", .back, .back, status: .essential),
    ]

    func title(_ ctx: ScreenContext) -> String { ctx.l10n(.chairReliabilityTitle) }
    func isTyping(_ ctx: ScreenContext) -> Bool { false }
    var holdsUnsavedInput: Bool { false }
    func bindings(_ ctx: ScreenContext) -> [KeyBinding<Void>] { Self.bindings.withoutActions() }

    mutating func handle(_ key: Key, _ ctx: ScreenContext) -> [Command] {
        guard let action: Action = Self.bindings.action(for: key) else { return [] }
        switch action {
        case .move(let move): move.apply(to: &table, rowCount: report?.votes.count ?? 0, visible: 5)
        case .back: return [.pop]
        }
        return []
    }

    mutating func receive(_ reply: Reply, _ ctx: ScreenContext) -> [Command] {
        if case .chair(.reliability(let loaded)) = reply { report = loaded }
        return []
    }
    mutating func refresh(_ ctx: ScreenContext) -> [Command] { [.run(.chair(.reliability(methodIndex: methodIndex)))] }
    mutating func resized(_ ctx: ScreenContext) -> [Command] { [] }

    func render(into region: Region, _ ctx: ScreenContext, theme: Theme) {
        let l10n = ctx.l10n
        let language = ctx.language.contestLanguage
        guard let r = report else {
            region.put(l10n(.loading), x: 1, y: 0, style: theme[.dim])
            return
        }
        func score(_ v: Double?) -> String { v.map(ScoreRounding.display) ?? "–" }
        var y = 0
        let width = region.width - 2
        // Leniency: bars of each judge's mean total, stats beside them.
        region.put(l10n(.chairLeniencyHeading, ["mean": score(r.poolMean)]), x: 1, y: y, style: theme[.title], maxWidth: width)
        y += 1
        let judgeRows = min(r.judges.count, max(1, region.height / 3))
        let barWidth = max(10, width / 2)
        BarChart(items: r.judges.prefix(judgeRows).map { BarChart.Item($0.name, $0.mean ?? 0) },
                 maxValue: Double(ctx.definition.rubric.maxTotal.rawValue) / 10, format: { ScoreRounding.display($0) })
            .draw(into: region.region(Rect(x: 1, y: y, width: barWidth, height: judgeRows)), theme: theme)
        for (i, j) in r.judges.prefix(judgeRows).enumerated() {
            let text = l10n(.chairJudgeStats, ["scored": String(j.scored), "sd": score(j.sd), "outliers": String(j.outliers)])
                + (j.leniency.map { "  " + ($0 >= 0 ? "+" : "") + ScoreRounding.display($0) } ?? "")
            region.put(text, x: 2 + barWidth, y: y + i, style: theme[j.outliers > 0 ? .warning : .normal], maxWidth: max(0, width - barWidth - 1))
        }
        y += judgeRows + 1
        // Agreement.
        region.put(l10n(.chairIccHeading), x: 1, y: y, style: theme[.title], maxWidth: width)
        y += 1
        let reading = InterRaterReliability.reading(r.total, excluded: r.excluded, language: language)
        for line in TextWrapper.wrap(reading, width: max(10, width)).prefix(3) where y < region.height {
            region.put(line, x: 1, y: y, style: theme[.normal], maxWidth: width)
            y += 1
        }
        let criteria = ctx.definition.rubric.criteria
        let parts = criteria.enumerated().map { c, criterion -> String in
            let icc = c < r.criteria.count ? r.criteria[c] : nil
            let two = { (v: Double?) in v.map { String(format: "%.2f", $0) } ?? "–" }
            return "\(ctx.text(criterion.label)) \(two(icc?.single))/\(two(icc?.average))"
        }
        let criteriaLine = "ICC(2,1)/ICC(2,k): " + parts.joined(separator: " · ")
        for line in TextWrapper.wrap(criteriaLine, width: max(10, width)).prefix(2) where y < region.height {
            region.put(line, x: 1, y: y, style: theme[.dim], maxWidth: width)
            y += 1
        }
        y += 1
        // Votes: sparklines, flagged finalists first; the rules at the foot.
        let rules = ChairRules.sentences(ctx).flatMap { TextWrapper.wrap($0, width: max(10, width)) }
        guard y < region.height - 1 else { return }
        region.put(l10n(.chairVotesHeading), x: 1, y: y, style: theme[.title], maxWidth: width)
        y += 1
        let listHeight = max(0, region.height - y - rules.count)
        if r.votes.allSatisfy({ $0.counts.isEmpty }) {
            region.put(l10n(.chairVotesNone), x: 1, y: y, style: theme[.dim], maxWidth: width)
        } else if listHeight > 0 {
            let votes = r.votes
            let view = ListView(rowCount: votes.count) { i in
                let v = votes[i]
                let spark = Sparkline(v.counts.map(Double.init)).render(width: 16)
                let flag = v.spikes > 0 ? "  " + l10n(.chairVoteSpike, ["count": String(v.spikes), "max": HumanNumber.grouped(v.biggestSpike ?? 0)]) : ""
                return "\(v.id.padded(toWidth: 12)) \(v.name.truncated(toWidth: 8).padded(toWidth: 8)) \(spark.padded(toWidth: 16)) \(HumanNumber.grouped(v.counts.last ?? 0))\(flag)"
            }
            view.draw(into: region.region(Rect(x: 1, y: y, width: width, height: listHeight)), state: table, theme: theme)
        }
        var ry = region.height - rules.count
        for line in rules where ry >= 0 {
            region.put(line, x: 1, y: ry, style: theme[.dim], maxWidth: width)
            ry += 1
        }
    }
}
