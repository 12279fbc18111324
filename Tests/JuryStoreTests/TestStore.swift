import Foundation
import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// A fresh store in a temporary folder, kept alive with its folder: the sample contest definition,
/// the phase set to `selection` (review and scoring allowed), and a cast of users.
final class TestStore {
    let dir: TemporaryDirectory
    let store: Store
    let definition: ContestDefinition
    var path: String { store.path }

    static let contestJSON: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("SampleData/contest.json"), encoding: .utf8)) ?? ""
    }()

    /// Users by role; `gone` is a deactivated reviewer.
    static let cast: [(String, Role)] = [("admin", .admin), ("chair", .chair), ("r1", .reviewer), ("r2", .reviewer),
                                         ("r3", .reviewer), ("r", .reviewer), ("rev1", .reviewer), ("j", .judge),
                                         ("judgeA", .judge), ("judgeB", .judge), ("gone", .reviewer)]

    init(phase: String? = "selection") throws {
        dir = try TemporaryDirectory("jurystore")
        store = try Store.create(at: dir.path("jury.sqlite"), contestDefinitionJSON: TestStore.contestJSON)
        definition = try ContestDefinition.decode(Data(TestStore.contestJSON.utf8))
        // Without PINs: hashing one per user would only slow every test down. Through the write
        // helper all the same, so the rows are sealed like any others.
        try store.write(actor: "system", action: "test.users", subject: "cast") { ctx in
            for (name, role) in Self.cast {
                try ctx.db.run("INSERT INTO users (name, role, active, created_at) VALUES (?, ?, ?, '2023-08-01T00:00:00Z')",
                               [name, role.rawValue, name == "gone" ? 0 : 1])
            }
        }
        if let phase { try store.phase.set(phase, actor: "system") }
    }

    /// A draft with a passing verdict on every check that needs a person.
    func draft(_ round: Int, _ id: String, _ verdict: ReviewVerdict, waivers: [Waiver] = [], note: String = "") -> ReviewDecisionDraft {
        let checks = round == 1 ? definition.roundOne.checks : definition.roundTwo.checks
        return ReviewDecisionDraft(round: round, entrantId: id, verdict: verdict, waivers: waivers,
                                   verdicts: checks.map { ManualVerdict(checkId: $0.id, passed: true) }, note: note)
    }

    /// Records a decision with every manual check passed.
    @discardableResult
    func decide(_ round: Int, _ id: String, _ verdict: ReviewVerdict, by actor: String = "r1", note: String = "",
                waivers: [Waiver] = []) throws -> DecisionResult {
        // Anything but a clean pass must say why; tests that check the rule pass their own note.
        let why = note.isEmpty && verdict != .pass ? "测试理由 / test reason" : note
        return try store.reviews.decide(draft(round, id, verdict, waivers: waivers, note: why), actor: actor)
    }

    /// Passes both rounds: the entrant becomes a finalist.
    func makeFinalist(_ id: String) throws {
        try decide(1, id, .pass)
        try decide(2, id, .pass)
    }
}

/// Runs the system sqlite3 CLI on a file, the way someone editing behind JuryDesk's back would.
func sqliteCLI(_ path: String, _ sql: String) throws -> String {
    let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [path, sql])
    XCTAssertEqual(r.status, 0, r.err)
    return r.out
}

extension XCTestCase {
    /// The `StoreError` a store call refused with; a failure when it did not refuse, or threw something else.
    func refusal(_ body: () throws -> Void, file: StaticString = #filePath, line: UInt = #line) -> StoreError? {
        do {
            try body()
            XCTFail("expected a refusal", file: file, line: line)
            return nil
        } catch let error as StoreError {
            return error
        } catch {
            XCTFail("unexpected \(error)", file: file, line: line)
            return nil
        }
    }
}
