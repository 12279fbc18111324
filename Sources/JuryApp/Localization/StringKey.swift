/// Every user-facing string's key; `Strings` holds the texts in both languages.
public enum StringKey: String, CaseIterable, Sendable {
    case appName
    case quit
    case back
    case help
    case filter
    case open
    case sort
    case redraw
    case yes
    case no
    case enlargeWindow
    case cliUnknownCommand
    case cliUnknownOption
    case cliMissingValue
    case cliMissingArgument
    case cliExtraArgument
}
