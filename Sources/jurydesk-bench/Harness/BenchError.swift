/// A benchmark that could not produce a trustworthy figure (its setup did not hold what it expected).
enum BenchError: Error, CustomStringConvertible {
    case unexpected(String)
    case child(String)

    var description: String {
        switch self {
        case .unexpected(let what): "benchmark setup: \(what)"
        case .child(let what): "child process: \(what)"
        }
    }
}
