import Foundation
import JuryCore

/// A sheet's scores in one short text, kept in `sheet_scores` beside the sealed `score_items` they
/// are derived from (schema 9): the tenths of each criterion in the order of the stored rubric,
/// comma-separated, a criterion not scored left empty — `"75,15,,0"`.
///
/// Why: the chair's first read of a full contest stepped 2.5 million item rows (over a second);
/// one row per sheet is 250,000. The items stay the audited record; every sheet write rewrites
/// this text in the same transaction, and `verify` reports a text that no longer matches them.
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

    /// Rewrites one sheet's text from its items, inside the write that changed them.
    static func store(sheetId: Int64, tenths: [String: Int], criteria: [String], db: Database) throws {
        try db.run("""
            INSERT INTO sheet_scores (sheet_id, tenths) VALUES (?, ?)
            ON CONFLICT (sheet_id) DO UPDATE SET tenths = excluded.tenths
            """, [sheetId, text(tenths, criteria: criteria)])
    }

    /// Each sheet's text as its items say it should be, by sheet id: the schema-9 migration's
    /// fill and `verify`'s comparison.
    static func fromItems(criteria: [String], db: Database) throws -> [Int64: String] {
        var items: [Int64: [String: Int]] = [:]
        let sheets = try db.prepare("SELECT id FROM score_sheets")
        while try sheets.step() { items[sheets.int64(0)] = [:] }
        let rows = try db.prepare("SELECT sheet_id, criterion, tenths FROM score_items")
        while try rows.step() {
            if let criterion = rows.string(1) { items[rows.int64(0), default: [:]][criterion] = rows.int(2) }
        }
        return items.mapValues { text($0, criteria: criteria) }
    }

    /// The stored rubric's criterion ids in order; none when the definition cannot be read (a file
    /// whose definition cannot be read cannot be scored either, and says so when it is used).
    static func storedCriteria(_ db: Database) throws -> [String] {
        guard let text = try db.scalar("SELECT value FROM settings WHERE key = ?", [Store.contestDefinitionKey])?.string,
              let definition = try? ContestDefinition.decode(Data(text.utf8)) else { return [] }
        return definition.rubric.criteria.map(\.id)
    }

    /// Sheets whose text is not what their items say (edited outside JuryDesk), for `verify`.
    static func outOfStep(db: Database) throws -> [VerifyProblem] {
        var expected = try fromItems(criteria: storedCriteria(db), db: db)
        var found: [VerifyProblem] = []
        let rows = try db.prepare("SELECT sheet_id, tenths FROM sheet_scores ORDER BY sheet_id")
        while try rows.step() {
            let id = rows.int64(0), text = rows.string(1) ?? ""
            let wanted = expected.removeValue(forKey: id)
            if wanted != text { found.append(.sheetScoresOutOfStep(sheetId: id, expected: wanted, found: text)) }
        }
        for (id, wanted) in expected.sorted(by: { $0.key < $1.key }) {
            found.append(.sheetScoresOutOfStep(sheetId: id, expected: wanted, found: nil))
        }
        return found
    }
}
