/// Why a theme could not be loaded; each message names the file and, where relevant, the key.
public enum ThemeError: Error, Equatable, CustomStringConvertible {
    case notFound(name: String, searched: [String])
    case unreadable(file: String, reason: String)
    case invalidJSON(file: String, reason: String)
    case unknownKey(file: String, key: String, known: [String])
    case invalidValue(file: String, key: String, value: String, expected: String)
    case missingKey(file: String, key: String)

    public var description: String {
        switch self {
        case let .notFound(name, searched):
            return "theme '\(name)' not found: looked for \(name).json in \(searched.isEmpty ? "(no folders)" : searched.joined(separator: ", ")); built-in themes are 'default' and 'monochrome'"
        case let .unreadable(file, reason):
            return "\(file): cannot read theme file: \(reason)"
        case let .invalidJSON(file, reason):
            return "\(file): not valid JSON: \(reason)"
        case let .unknownKey(file, key, known):
            return "\(file): unknown key '\(key)'; expected one of: \(known.joined(separator: ", "))"
        case let .invalidValue(file, key, value, expected):
            return "\(file): key '\(key)' has value '\(value)'; expected \(expected)"
        case let .missingKey(file, key):
            return "\(file): missing required key '\(key)'"
        }
    }
}
