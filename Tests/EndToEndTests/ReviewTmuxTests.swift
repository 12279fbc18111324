import Foundation
import JuryTestSupport
import XCTest

/// Two reviewers in two tmux panes on one file: they never hold the same entrant, and each sees
/// the other's claims and decisions within a second, with no key pressed in that pane.
extension WorkstationTmuxTests {
    /// The entrant id in a dossier's heading line ("name · BM2023-0001 · stage").
    private func dossierId(_ screen: [String]) -> String? {
        for line in screen where line.contains(" · ") {
            if let range = line.range(of: #"BM2023-\d{4}"#, options: .regularExpression) { return String(line[range]) }
        }
        return nil
    }

    private func waitForDossier(_ tmux: TmuxSession, pane: String) throws -> String {
        let screen = try tmux.waitFor(text: "Accounts", pane: pane)
        return try XCTUnwrap(dossierId(screen), screen.joined(separator: "\n"))
    }

    func testTwoReviewersNeverHoldTheSameEntrantAndSeeEachOtherWithinOneSecond() throws {
        let tmux = try startWorkstation(lang: "en", width: 161, height: 24, tag: "reviewerA")
        let a = try tmux.firstPane()
        let b = try tmux.split(command: workstationCommand(lang: "en", tag: "reviewerB"))
        // The login list is by role, then name: admin, chair, seven judges, then the two reviewers.
        try signIn(tmux, pane: a, down: 9, pin: "1111", expect: "(Reviewer)")
        try signIn(tmux, pane: b, down: 10, pin: "1111", expect: "(Reviewer)")
        let nameA = try XCTUnwrap(try tmux.capture(pane: a).compactMap { line -> String? in
            guard let r = line.range(of: #"Welcome, (\S+) \("#, options: .regularExpression) else { return nil }
            return String(line[r].dropFirst("Welcome, ".count).dropLast(2))
        }.first)

        // A opens the first entrant of the round-one queue (and so claims it).
        try tmux.send(keys: ["Enter"], pane: a)
        try tmux.waitFor(text: "Showing: pending", pane: a)
        try tmux.send(keys: ["Enter"], pane: b)
        try tmux.waitFor(text: "Showing: pending", pane: b)
        let claimed = Date()
        try tmux.send(keys: ["Enter"], pane: a)
        let first = try waitForDossier(tmux, pane: a)
        // B's queue shows A holding it within a second, without a key pressed in B's pane.
        try tmux.waitFor(timeout: 1.5, "A's claim in B's queue", pane: b) { screen in
            screen.contains { $0.contains(first) && $0.contains(nameA) }
        }
        print("B saw A's claim \(Date().timeIntervalSince(claimed)) s after A's Enter")
        XCTAssertLessThan(Date().timeIntervalSince(claimed), 1.0)

        // B: Enter on A's entrant is refused; n skips to the next free one, which opens.
        try tmux.send(keys: ["Enter"], pane: b)
        try tmux.waitFor(text: "is reviewing", pane: b)
        try tmux.send(keys: ["n", "Enter"], pane: b)
        let second = try waitForDossier(tmux, pane: b)
        XCTAssertNotEqual(first, second, "two reviewers never hold the same entrant")
        try tmux.send(keys: ["q"], pane: b)
        try tmux.waitFor(text: "rejected 0", pane: b)

        // A rejects with a reason and a note; B's queue counts it within a second.
        try tmux.send(keys: ["x"], pane: a)
        try tmux.waitFor(text: "Decision: fail", pane: a)
        try tmux.send(keys: ["Tab", "Tab", "Tab"], pane: a)
        try tmux.send(literal: "e2e", pane: a)
        let decided = Date()
        try tmux.send(keys: ["Enter"], pane: a)
        try tmux.waitFor(timeout: 1.5, "A's decision in B's queue", pane: b) { screen in
            screen.contains { $0.contains("rejected 1") } && !screen.contains { $0.contains(first) }
        }
        print("B saw A's decision \(Date().timeIntervalSince(decided)) s after A's Enter")
        XCTAssertLessThan(Date().timeIntervalSince(decided), 1.0)

        // A has the next entrant open; B cannot open it.
        let next = try waitForDossier(tmux, pane: a)
        XCTAssertNotEqual(next, first)
        try tmux.waitFor(timeout: 1.5, "A's new claim in B's queue", pane: b) { screen in
            screen.contains { $0.contains(next) && $0.contains(nameA) }
        }
        let claims = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/sqlite3"),
                                           [db, "SELECT entrant_id, count(*) FROM claims GROUP BY entrant_id HAVING count(*) > 1"])
        XCTAssertEqual(claims.out.trimmingCharacters(in: .whitespacesAndNewlines), "")
    }
}
