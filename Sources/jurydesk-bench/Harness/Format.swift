import Foundation

/// Human-readable figures for the report: durations, rates, sizes and ratios.
enum Format {
    /// A duration in seconds, shown in the unit that keeps three significant digits readable.
    static func duration(_ seconds: Double) -> String {
        switch seconds {
        case ..<1e-3: String(format: "%.1f µs", seconds * 1e6)
        case ..<1: String(format: "%.2f ms", seconds * 1e3)
        default: String(format: "%.2f s", seconds)
        }
    }

    static func ms(_ seconds: Double) -> String { String(format: "%.3f ms", seconds * 1e3) }

    static func rate(_ perSecond: Double, _ unit: String) -> String { String(format: "%.0f %@/s", perSecond, unit) }

    static func mib(_ bytes: Double) -> String { String(format: "%.1f MiB", bytes / 1_048_576) }

    /// How many times cheaper the measured figure is than its baseline (baseline / figure).
    static func cheaper(figure: Double, baseline: Double, _ word: String = "cheaper") -> String {
        guard figure > 0 else { return "n/a" }
        return String(format: "%.1fx %@", baseline / figure, word)
    }

    /// The measured figure as a multiple of its baseline (figure / baseline).
    static func times(figure: Double, baseline: Double, _ label: String) -> String {
        guard baseline > 0 else { return "n/a" }
        return String(format: "%.2fx %@", figure / baseline, label)
    }
}
