import Foundation
import JuryStore
import JuryTestSupport
import XCTest

/// A fresh store in a temporary folder, kept alive with its folder.
final class TestStore {
    let dir: TemporaryDirectory
    let store: Store
    var path: String { store.path }

    static let contestJSON = #"{"id":"zhengnengliang-2023","name":"正能量职工网络达人"}"#

    init() throws {
        dir = try TemporaryDirectory("jurystore")
        store = try Store.create(at: dir.path("jury.sqlite"), contestDefinitionJSON: TestStore.contestJSON)
    }
}

/// Runs the system sqlite3 CLI on a file, the way someone editing behind JuryDesk's back would.
func sqliteCLI(_ path: String, _ sql: String) throws -> String {
    let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [path, sql])
    XCTAssertEqual(r.status, 0, r.err)
    return r.out
}
