#if canImport(Glibc)
import Glibc
#endif

/// Monotonic wall-clock timing in nanoseconds (CLOCK_MONOTONIC, unaffected by clock changes).
enum Stopwatch {
    static func now() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000_000 + UInt64(ts.tv_nsec)
    }

    /// Seconds taken by one run of `body`.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return Double(now() - start) / 1e9
    }

    /// `runs` timed runs of `body` after `warmup` untimed ones, in seconds.
    static func samples(runs: Int, warmup: Int = 1, _ body: () throws -> Void) rethrows -> Samples {
        for _ in 0..<warmup { try body() }
        var values: [Double] = []
        values.reserveCapacity(runs)
        for _ in 0..<runs { values.append(try time(body)) }
        return Samples(values)
    }
}
