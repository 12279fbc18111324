// JuryApp module. Placeholder until the module lands.
enum JuryAppModule { static let name = "JuryApp" }
