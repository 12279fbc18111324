// JuryStore module. Placeholder until the module lands.
enum JuryStoreModule { static let name = "JuryStore" }
