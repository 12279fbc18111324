// TerminalKit module. Placeholder until the module lands.
enum TerminalKitModule { static let name = "TerminalKit" }
