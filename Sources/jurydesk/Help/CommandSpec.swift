/// One subcommand as the help, the man page, the completion and the parser all see it: the table in
/// `CommandTable` is the only place a command's options are listed, so none of them can drift.
struct CommandSpec: Sendable {
    /// One `--name [VALUE]` option.
    struct Option: Sendable {
        let name: String
        /// The value's placeholder (`PATH`, `zh|en`); nil for a bare flag.
        let value: String?
        let zh: String
        let en: String

        /// `--name VALUE` or `--name`, as shown in help and the man page.
        var display: String { value.map { "--\(name) \($0)" } ?? "--\(name)" }
    }

    let name: String
    /// What follows `jurydesk NAME` in the synopsis (positionals and options).
    let synopsis: String
    let zh: String
    let en: String
    let options: [Option]
    /// Words that may stand in the first positional (import kinds, user actions); for completion.
    var choices: [String] = []

    /// Option names that take a value, for the parser.
    var valued: Set<String> { Set(options.filter { $0.value != nil }.map(\.name)) }
    /// Option names that are bare flags, for the parser.
    var flags: Set<String> { Set(options.filter { $0.value == nil }.map(\.name)) }
}
