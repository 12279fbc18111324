import Foundation
import JuryCore

/// Reads an import file of any accepted container: an .xlsx workbook (known by its zip signature,
/// whatever the file is called), or CSV text; an old .xls is refused with what to do instead.
public enum WorkbookImport {
    /// `sheet` picks a workbook's sheet by name (the first sheet when nil); it is refused for CSV.
    public static func parse(kind: ImportKind, data: Data, unit: String? = nil, sheet: String? = nil,
                             timeZone: TimeZone = HumanTimestamp.defaultTimeZone,
                             limits: WorkbookLimits = .standard) throws(ImportFailure) -> ImportedRecords {
        let head = [UInt8](data.prefix(4))
        guard WorkbookReader.isWorkbook(head) || WorkbookReader.isLegacyExcel(head) else {
            if sheet != nil {
                throw ImportFailure(issues: [ImportIssue(line: nil, column: nil,
                                                         zh: "--sheet 只用于 Excel 工作簿（.xlsx），这个文件是文本（CSV）",
                                                         en: "--sheet applies only to Excel workbooks (.xlsx); this file is text (CSV)")])
            }
            return try ImportFile.parse(kind: kind, data: data, unit: unit, timeZone: timeZone)
        }
        let worksheet: Worksheet
        do {
            worksheet = try WorkbookReader([UInt8](data), limits: limits).sheet(named: sheet)
        } catch {
            throw ImportFailure(issues: [ImportIssue(line: nil, column: nil, zh: error.zh, en: error.en)])
        }
        return try WorksheetImport.parse(kind: kind, sheet: worksheet.name, rows: worksheet.rows, unit: unit,
                                         timeZone: timeZone)
    }
}
