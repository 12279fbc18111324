import Foundation
import JuryCore
import JuryWorkbook

extension ExportTable {
    /// The table as an .xlsx workbook: the data on the first sheet (bold frozen header, widths fitted
    /// to the Chinese text, numbers in numeric columns as numbers, everything else — phones and ids
    /// included — as text strings, which a spreadsheet never runs as formulas), and `about` as
    /// label/value rows on a second sheet (what was exported, when, the audit chain head).
    public func workbookBytes(sheetName: String, aboutSheetName: String, about: [(label: String, value: String)],
                              title: String, created: Date) -> [UInt8] {
        let headerCells = header.map { WorkbookSheet.Cell.text($0) }
        let body = rows.map { row in
            row.enumerated().map { c, field -> WorkbookSheet.Cell in
                if field.isEmpty { return .empty }
                return numericColumns.contains(c) && CSVWriter.isPlainNumber(field) ? .number(field) : .text(field)
            }
        }
        let data = WorkbookSheet(name: sheetName, rows: [headerCells] + body, headerRows: [0], frozenRows: 1)
        let info = WorkbookSheet(name: aboutSheetName, rows: about.map { [.bold($0.label), .text($0.value)] })
        let description = about.map { "\($0.label): \($0.value)" }.joined(separator: "\n")
        return WorkbookWriter.xlsx([data, info], properties: .init(title: title, description: description, created: created))
    }
}
