import Foundation
import JuryApp

/// The `jurydesk` command: parses the subcommand and hands over to the modules.
@main
struct JuryDesk {
    static func main() {
        print("jurydesk: commands land with the spine issue")
    }
}
