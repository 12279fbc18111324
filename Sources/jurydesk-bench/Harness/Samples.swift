/// A set of measurements (seconds, bytes, …) with the order statistics the report prints.
struct Samples {
    let sorted: [Double]

    init(_ values: [Double]) { sorted = values.sorted() }

    var count: Int { sorted.count }

    /// The median: the middle value, or the mean of the two middle ones.
    var median: Double { percentile(50) }

    /// Nearest-rank percentile (p in 0...100); 0 for no samples.
    func percentile(_ p: Double) -> Double {
        guard !sorted.isEmpty else { return 0 }
        if p == 50 {
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}
