// JuryCore module. Placeholder until the module lands.
enum JuryCoreModule { static let name = "JuryCore" }
