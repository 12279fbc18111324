import Foundation
import JuryCore

/// Each sheet as the chair's whole-contest read wants it, one row in `sheet_scores` (schema 9): the
/// judge, the finalist, whether it is submitted, and its scores as one short text — the tenths of
/// each criterion in the order of the stored rubric, comma-separated, a criterion not scored left
/// empty (`"75,15,,0"`).
///
/// Why: that read stepped 2.5 million item rows and joined each sheet (over a second); this is
/// 250,000 rows of one table. It is a copy, not the record: the sealed `score_sheets` and
/// `score_items` stay the audited truth, every write of a sheet rewrites its copy in the same
/// transaction, and `verify` reports a copy that no longer matches them.
enum SheetScores {
    /// The text for `tenths` (criterion id → tenths) under `criteria` (rubric order).
    static func text(_ tenths: [String: Int], criteria: [String]) -> String {
        criteria.map { tenths[$0].map(String.init) ?? "" }.joined(separator: ",")
    }

    /// Parses the text's bytes into `tenths` (rubric order, -1 where not scored), whose count is the
    /// number of criteria; false when the text is not one field per criterion.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, into tenths: inout [Int]) -> Bool {
        guard !tenths.isEmpty else { return bytes.isEmpty }
        return tenths.withUnsafeMutableBufferPointer { out in
            var field = 0, value = 0, digits = 0
            for byte in bytes {
                if byte == UInt8(ascii: ",") {
                    guard field < out.count - 1 else { return false }
                    out[field] = digits > 0 ? value : -1
                    field += 1
                    value = 0
                    digits = 0
                } else {
                    let digit = byte &- UInt8(ascii: "0")
                    guard digit < 10, digits < 9 else { return false }
                    value = value * 10 + Int(digit)
                    digits += 1
                }
            }
            guard field == out.count - 1 else { return false }
            out[field] = digits > 0 ? value : -1
            return true
        }
    }

    /// One sheet's copy as it should read.
    struct Copy: Equatable {
        var judge: String
        var entrantId: String
        var submitted: Bool
        var tenths: String

        /// As `verify` shows it: "judge · entrant · submitted|draft · tenths".
        var description: String { "\(judge) · \(entrantId) · \(submitted ? "submitted" : "draft") · \(tenths)" }
    }

    /// Rewrites one sheet's copy, inside the write that changed the sheet or its items.
    static func store(sheetId: Int64, judge: String, entrantId: String, submitted: Bool, tenths: [String: Int],
                      criteria: [String], db: Database) throws {
        try db.run("""
            INSERT INTO sheet_scores (sheet_id, judge, entrant_id, submitted, tenths) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (sheet_id) DO UPDATE SET judge = excluded.judge, entrant_id = excluded.entrant_id,
                submitted = excluded.submitted, tenths = excluded.tenths
            """, [sheetId, judge, entrantId, submitted ? 1 : 0, text(tenths, criteria: criteria)])
    }

    /// A sheet sent back to draft by the chair keeps its scores.
    static func markDraft(sheetId: Int64, db: Database) throws {
        try db.run("UPDATE sheet_scores SET submitted = 0 WHERE sheet_id = ?", [sheetId])
    }

    /// Calls `body` with every sheet's copy as its sealed rows say it should be, in sheet id order:
    /// the schema-9 migration's fill and `verify`'s comparison. Sheets and items are read side by
    /// side in id order, so a whole contest (250,000 sheets) is never held in memory at once.
    static func eachFromRecord(criteria: [String], db: Database, _ body: (Int64, Copy) throws -> Void) throws {
        let sheets = try db.prepare("SELECT id, judge, entrant_id, status FROM score_sheets ORDER BY id")
        let items = try db.prepare("SELECT sheet_id, criterion, tenths FROM score_items ORDER BY sheet_id")
        var more = try items.step()
        while try sheets.step() {
            let id = sheets.int64(0)
            // Items of no sheet are skipped; `verify` reports them as rows of score_items.
            while more && items.int64(0) < id { more = try items.step() }
            var tenths: [String: Int] = [:]
            while more && items.int64(0) == id {
                if let criterion = items.string(1) { tenths[criterion] = items.int(2) }
                more = try items.step()
            }
            try body(id, Copy(judge: sheets.string(1) ?? "", entrantId: sheets.string(2) ?? "",
                              submitted: sheets.string(3) == "submitted", tenths: text(tenths, criteria: criteria)))
        }
    }

    /// Writes every sheet's copy from the record (the migration; a copy left from a version set
    /// back by hand is replaced).
    static func rebuild(db: Database) throws {
        try db.execute("DELETE FROM sheet_scores")
        let insert = try db.prepare("INSERT INTO sheet_scores (sheet_id, judge, entrant_id, submitted, tenths) VALUES (?, ?, ?, ?, ?)")
        try eachFromRecord(criteria: storedCriteria(db), db: db) { id, copy in
            insert.reset()
            try insert.bind([id, copy.judge, copy.entrantId, copy.submitted ? 1 : 0, copy.tenths])
            _ = try insert.step()
        }
    }

    /// The stored rubric's criterion ids in order; none when the definition cannot be read (a file
    /// whose definition cannot be read cannot be scored either, and says so when it is used).
    static func storedCriteria(_ db: Database) throws -> [String] {
        guard let text = try db.scalar("SELECT value FROM settings WHERE key = ?", [Store.contestDefinitionKey])?.string,
              let definition = try? ContestDefinition.decode(Data(text.utf8)) else { return [] }
        return definition.rubric.criteria.map(\.id)
    }

    /// Copies that do not match the record (edited outside JuryDesk), for `verify`, in sheet id
    /// order: the copies are read beside the record, in the same order.
    static func outOfStep(db: Database) throws -> [VerifyProblem] {
        let copies = try db.prepare("SELECT sheet_id, judge, entrant_id, submitted, tenths FROM sheet_scores ORDER BY sheet_id")
        func copy() -> Copy {
            Copy(judge: copies.string(1) ?? "", entrantId: copies.string(2) ?? "", submitted: copies.int(3) == 1,
                 tenths: copies.string(4) ?? "")
        }
        var found: [VerifyProblem] = []
        var more = try copies.step()
        try eachFromRecord(criteria: storedCriteria(db), db: db) { id, wanted in
            while more && copies.int64(0) < id {
                found.append(.sheetScoresOutOfStep(sheetId: copies.int64(0), expected: nil, found: copy().description))
                more = try copies.step()
            }
            if more && copies.int64(0) == id {
                if copy() != wanted {
                    found.append(.sheetScoresOutOfStep(sheetId: id, expected: wanted.description, found: copy().description))
                }
                more = try copies.step()
            } else {
                found.append(.sheetScoresOutOfStep(sheetId: id, expected: wanted.description, found: nil))
            }
        }
        while more {
            found.append(.sheetScoresOutOfStep(sheetId: copies.int64(0), expected: nil, found: copy().description))
            more = try copies.step()
        }
        return found
    }
}
