import Foundation

/// Each finalist's public votes over time (a sparkline series from the snapshots) with the jumps
/// that look unlike organic growth flagged for the chair.
///
/// The spike rule, for the increment Δ between two consecutive snapshots of one finalist taken at
/// t₀ and t₁:
///
///     flagged when Δ > max(k × own, k × field, floor)
///
/// - own: the finalist's median growth rate over its *other* intervals (votes per hour) × (t₁ − t₀),
///   so a jump is not hidden by being part of its own median, and irregular snapshot spacing
///   compares like with like;
/// - field: the median increment of every finalist with snapshots at exactly t₀ and t₁ (0 when
///   none), so a surge that lifts the whole field (a promotion, a deadline) is not flagged;
/// - floor: an absolute minimum, so a finalist going from 2 to 30 votes is not a "spike".
/// A finalist with a single interval has no own history: only the field and floor apply.
public struct VoteTrends: Sendable {
    /// The spike rule's parameters.
    public struct Rule: Hashable, Sendable {
        public var k: Double
        public var floor: Int

        public init(k: Double = 5, floor: Int = 200) {
            self.k = k
            self.floor = floor
        }

        /// One line for the chair's help.
        public func explanation(_ language: ContestLanguage) -> String {
            let k = ScoreRounding.display(self.k)
            return language == .zhHans
                ? "两次快照之间的票数增量超过以下三者中的最大值时标记：该选手其余时段中位增速的 \(k) 倍、同一时段全体入围者中位增量的 \(k) 倍、\(floor) 票。"
                : "Flagged when the votes gained between two snapshots exceed the largest of: \(k) × the finalist's own median growth (other intervals), \(k) × the field's median gain in that interval, and \(floor) votes."
        }
    }

    /// One flagged jump.
    public struct Spike: Hashable, Sendable {
        /// Index into the trend's `counts` of the snapshot that ends the interval.
        public var index: Int
        public var from: Date
        public var to: Date
        public var increment: Int
        /// The largest of the three limits, which the increment exceeded.
        public var threshold: Double
        /// The finalist's own expectation (median rate × interval length) and the field's median.
        public var ownExpected: Double?
        public var fieldMedian: Double
    }

    /// One finalist's series.
    public struct Trend: Hashable, Sendable, Identifiable {
        public var id: String
        /// Snapshot times, oldest first; one count per time (the sparkline).
        public var times: [Date]
        public var counts: [Int]
        public var spikes: [Spike]
        /// The latest count, 0 without snapshots.
        public var latest: Int { counts.last ?? 0 }
    }

    public var rule: Rule
    /// In the order of the `entrantIds` given; finalists without snapshots have empty series.
    public var trends: [Trend]

    /// Series and spikes for these finalists. Several snapshots of one finalist at the same time
    /// keep the highest count (a re-import of the same reading).
    public init(snapshots: [VoteSnapshot], entrantIds: [String], rule: Rule = Rule()) {
        self.rule = rule
        var byEntrant: [String: [Date: Int]] = [:]
        let wanted = Set(entrantIds)
        for s in snapshots where wanted.contains(s.entrantId) {
            byEntrant[s.entrantId, default: [:]][s.takenAt] = max(byEntrant[s.entrantId]?[s.takenAt] ?? .min, s.votes)
        }
        let series: [(times: [Date], counts: [Int])] = entrantIds.map { id in
            let points = (byEntrant[id] ?? [:]).sorted { $0.key < $1.key }
            return (points.map(\.key), points.map(\.value))
        }

        // The field's median increment per interval (t₀, t₁).
        struct Interval: Hashable { var from: Date; var to: Date }
        var increments: [Interval: [Int]] = [:]
        for s in series where s.times.count >= 2 {
            for i in 1..<s.times.count {
                increments[Interval(from: s.times[i - 1], to: s.times[i]), default: []].append(s.counts[i] - s.counts[i - 1])
            }
        }
        let fieldMedian = increments.mapValues { JuryAggregation.median($0.map(Double.init)) ?? 0 }

        var trends: [Trend] = []
        for (e, id) in entrantIds.enumerated() {
            let s = series[e]
            var spikes: [Spike] = []
            if s.times.count >= 2 {
                let hours = (1..<s.times.count).map { max(s.times[$0].timeIntervalSince(s.times[$0 - 1]) / 3600, 1e-9) }
                let rates = (1..<s.times.count).map { Double(s.counts[$0] - s.counts[$0 - 1]) / hours[$0 - 1] }
                for i in 1..<s.times.count {
                    let increment = s.counts[i] - s.counts[i - 1]
                    var others = rates
                    others.remove(at: i - 1)
                    let own = JuryAggregation.median(others).map { $0 * hours[i - 1] }
                    let field = fieldMedian[Interval(from: s.times[i - 1], to: s.times[i])] ?? 0
                    let threshold = max(rule.k * (own ?? 0), rule.k * field, Double(rule.floor))
                    if Double(increment) > threshold {
                        spikes.append(Spike(index: i, from: s.times[i - 1], to: s.times[i], increment: increment,
                                            threshold: threshold, ownExpected: own, fieldMedian: field))
                    }
                }
            }
            trends.append(Trend(id: id, times: s.times, counts: s.counts, spikes: spikes))
        }
        self.trends = trends
    }

    /// The latest count per finalist, in `entrantIds` order: the `votes` a `Ranking` takes.
    public var latestCounts: [Int] { trends.map(\.latest) }
}
