import Foundation
import JuryCore
@testable import JuryStore
import XCTest

/// The chair's snapshot refreshed from the previous one (only the sheets saved since are read)
/// always equals a snapshot read whole, whatever changed: a submit, a new draft, a reopened sheet,
/// new votes — and a change in who is judged (a conflict) falls back to a whole read.
final class SnapshotRefreshTests: XCTestCase {
    private func assertSame(_ a: JudgingSnapshot, _ b: JudgingSnapshot, _ what: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.finalists.map(\.id), b.finalists.map(\.id), what, file: file, line: line)
        XCTAssertEqual(a.judges, b.judges, what, file: file, line: line)
        XCTAssertEqual(a.cells, b.cells, what, file: file, line: line)
        XCTAssertEqual(a.votes, b.votes, what, file: file, line: line)
        XCTAssertEqual(a.expectedJudges, b.expectedJudges, what, file: file, line: line)
        for e in a.finalists.indices {
            for j in a.judges.indices {
                XCTAssertEqual(a.table.hasSheet(entrant: e, judge: j), b.table.hasSheet(entrant: e, judge: j), what, file: file, line: line)
                for c in a.table.criterionIds.indices {
                    XCTAssertEqual(a.table.score(entrant: e, judge: j, criterion: c), b.table.score(entrant: e, judge: j, criterion: c),
                                   "\(what): finalist \(e) judge \(j) criterion \(c)", file: file, line: line)
                }
            }
        }
    }

    func testARefreshedSnapshotEqualsAWholeRead() throws {
        let t = try ResultsTests.makeJudged()
        let rubric = t.definition.rubric
        var kept = try t.store.results.snapshot(rubric: rubric)
        func step(_ what: String, wholeRead: Bool = false, _ change: () throws -> Void) throws {
            let shapeBefore = kept.mark.shape
            try change()
            kept = try t.store.results.snapshot(rubric: rubric, updating: kept)
            // The same judging shape means only the changed sheets were read again.
            XCTAssertEqual(kept.mark.shape == shapeBefore, !wholeRead, "\(what): \(wholeRead ? "a whole read" : "a refresh")")
            assertSame(kept, try t.store.results.snapshot(rubric: rubric), what)
        }
        try step("a new submit") {
            try t.store.scores.save(judge: "j", entrantId: "E000006", tenths: ResultsTests.sheet(t, percent: 100), submit: true)
        }
        try step("a new draft") {
            try t.store.scores.save(judge: "judgeA", entrantId: "E000006", tenths: ["workContent": 100])
        }
        try step("a sheet reopened by the chair") {
            try t.store.scores.reopen(judge: "judgeB", entrantId: "E000001", reason: "复核", actor: "chair")
        }
        try step("the reopened sheet changed and submitted again") {
            try t.store.scores.save(judge: "judgeB", entrantId: "E000001", tenths: ResultsTests.sheet(t, percent: 40), submit: true)
        }
        try step("new votes") {
            try t.store.importVotes([VoteSnapshot(entrantId: "E000003", votes: 999, takenAt: Date(timeIntervalSince1970: 1_695_000_000))],
                                    actor: "admin")
        }
        try step("a vote count corrected for the same time") {
            try t.store.importVotes([VoteSnapshot(entrantId: "E000003", votes: 1_234, takenAt: Date(timeIntervalSince1970: 1_695_000_000))],
                                    actor: "admin")
        }
        try step("a conflict declared after scoring", wholeRead: true) {
            try t.store.conflicts.declare(judge: "judgeA", entrantId: "E000002", kind: .colleague, actor: "chair")
        }
        try step("nothing at all") {}
    }
}
