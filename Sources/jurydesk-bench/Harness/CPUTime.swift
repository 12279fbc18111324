#if canImport(Glibc)
import Glibc
#endif

/// This process's CPU time (user + system, all threads), in seconds: what a loop costs the machine,
/// which the neighbours' load inflates far less than wall time.
enum CPUTime {
    static func now() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }
}
