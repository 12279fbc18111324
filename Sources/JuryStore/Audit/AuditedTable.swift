/// Tables whose every row carries a `row_hash` sealed by the write helper and covered by the chain,
/// so an edit made behind the program's back is found by `verify`.
public enum AuditedTable: String, CaseIterable, Sendable {
    case reviewDecisions = "review_decisions"
    case scoreSheets = "score_sheets"
    case scoreItems = "score_items"
    case conflicts
    case awards
    case scoreComments = "score_comments"
    case sheetReopenings = "sheet_reopenings"
    case conflictLifts = "conflict_lifts"
}
