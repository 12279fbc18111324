import Foundation

// Theme files are small JSON objects:
//   { "name": "default", "roles": { "selected": { "fg": "black", "bg": "cyan", "attributes": ["bold"] }, ... } }
// Colours are "default", a name ("red", "bright-red") or a palette index ("208"). Parsing is by hand
// rather than Codable so that every error names the file and the exact key.
extension Theme {
    /// Loads `<name>.json` from the first folder that has it; falls back to a built-in theme of that name.
    public static func load(name: String, searchPaths: [String]) throws -> Theme {
        for folder in searchPaths {
            let path = (folder as NSString).appendingPathComponent("\(name).json")
            if FileManager.default.fileExists(atPath: path) { return try load(fileAt: path) }
        }
        if let builtIn = builtIn[name] { return builtIn }
        throw ThemeError.notFound(name: name, searched: searchPaths)
    }

    /// Loads one theme file.
    public static func load(fileAt path: String) throws -> Theme {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ThemeError.unreadable(file: path, reason: error.localizedDescription)
        }
        return try parse(data, source: path)
    }

    /// Picks the theme for a terminal: monochrome when `NO_COLOR` is set or there is no colour, else `name` degraded to `level`.
    public static func forTerminal(named name: String, colorLevel level: ColorLevel,
                                   environment: [String: String] = ProcessInfo.processInfo.environment,
                                   searchPaths: [String]? = nil) throws -> Theme {
        let paths = searchPaths ?? Theme.searchPaths(environmentVariable: nil, shareFolder: nil, environment: environment)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        if noColor || level == .none { return try load(name: "monochrome", searchPaths: paths).adapted(to: .none) }
        return try load(name: name, searchPaths: paths).adapted(to: level)
    }

    /// Theme folders for an application: the folders in `$<environmentVariable>` (colon-separated),
    /// `./Themes`, then `Themes` and `../share/<shareFolder>/themes` beside the executable.
    ///
    /// The toolkit names no application: the app passes its own variable (e.g. "JURYDESK_THEME_DIR")
    /// and share folder (e.g. "jurydesk"); nil leaves that entry out.
    public static func searchPaths(environmentVariable: String?, shareFolder: String?,
                                   environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        var paths: [String] = []
        if let environmentVariable, let custom = environment[environmentVariable], !custom.isEmpty {
            paths += custom.split(separator: ":").map(String.init)
        }
        paths.append(FileManager.default.currentDirectoryPath + "/Themes")
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        paths.append(executable.appendingPathComponent("Themes").path)
        if let shareFolder, !shareFolder.isEmpty {
            paths.append(executable.appendingPathComponent("../share/\(shareFolder)/themes").standardizedFileURL.path)
        }
        return paths
    }

    /// `./Themes` and `Themes` beside the executable only; name the app's variable and share folder with
    /// `searchPaths(environmentVariable:shareFolder:environment:)`.
    @available(*, deprecated, message: "use searchPaths(environmentVariable:shareFolder:environment:) with the app's own names")
    public static func defaultSearchPaths(environment: [String: String] = ProcessInfo.processInfo.environment) -> [String] {
        searchPaths(environmentVariable: nil, shareFolder: nil, environment: environment)
    }

    /// Parses theme JSON; `source` names the file in error messages.
    public static func parse(_ data: Data, source: String) throws -> Theme {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw ThemeError.invalidJSON(file: source, reason: error.localizedDescription)
        }
        guard let root = object as? [String: Any] else {
            throw ThemeError.invalidJSON(file: source, reason: "the top level must be an object")
        }
        for key in root.keys where !["name", "description", "roles"].contains(key) {
            throw ThemeError.unknownKey(file: source, key: key, known: ["name", "description", "roles"])
        }
        guard let name = root["name"] as? String else { throw ThemeError.missingKey(file: source, key: "name") }
        guard let roles = root["roles"] as? [String: Any] else { throw ThemeError.missingKey(file: source, key: "roles") }
        var styles: [ThemeRole: Style] = [:]
        for (key, value) in roles.sorted(by: { $0.key < $1.key }) {
            guard let role = ThemeRole(rawValue: key) else {
                throw ThemeError.unknownKey(file: source, key: "roles.\(key)", known: ThemeRole.allCases.map(\.rawValue))
            }
            styles[role] = try parseStyle(value, key: "roles.\(key)", source: source)
        }
        guard styles[.normal] != nil else { throw ThemeError.missingKey(file: source, key: "roles.normal") }
        return Theme(name: name, styles: styles)
    }

    private static func parseStyle(_ value: Any, key: String, source: String) throws -> Style {
        guard let fields = value as? [String: Any] else {
            throw ThemeError.invalidValue(file: source, key: key, value: "\(value)", expected: "an object with fg, bg, attributes")
        }
        var style = Style()
        for (field, raw) in fields.sorted(by: { $0.key < $1.key }) {
            let fieldKey = "\(key).\(field)"
            switch field {
            case "fg", "bg":
                let text = (raw as? String) ?? (raw as? NSNumber).map { "\($0.intValue)" } ?? "\(raw)"
                guard let color = Color(name: text) else {
                    throw ThemeError.invalidValue(file: source, key: fieldKey, value: text,
                                                  expected: "default, a colour name (red, bright-red…) or a palette index 0–255")
                }
                if field == "fg" { style.foreground = color } else { style.background = color }
            case "attributes":
                guard let names = raw as? [String] else {
                    throw ThemeError.invalidValue(file: source, key: fieldKey, value: "\(raw)", expected: "a list of attribute names")
                }
                for attributeName in names {
                    guard let attribute = TextAttributes.names.first(where: { $0.0 == attributeName })?.1 else {
                        throw ThemeError.invalidValue(file: source, key: fieldKey, value: attributeName,
                                                      expected: "bold, underline, reverse or dim")
                    }
                    style.attributes.insert(attribute)
                }
            default:
                throw ThemeError.unknownKey(file: source, key: fieldKey, known: ["fg", "bg", "attributes"])
            }
        }
        return style
    }
}
