import Foundation
import JuryCore
import JuryStore

extension ExportCommand {
    /// Whether `--out` asks for a workbook: chosen by the extension, as a person names the file.
    static func wantsWorkbook(_ out: String) -> Bool {
        (out as NSString).pathExtension.lowercased() == "xlsx"
    }

    /// The export as an .xlsx workbook, with a second sheet saying what it is: the kind, the time,
    /// masked or not, the row count and the audit chain head at the time of export (the entry of an
    /// unmasked export itself follows it), so a printed sheet can be checked with `verify --head`.
    static func workbookBytes(_ table: ExportTable, kind: String, unmasked: Bool, store: Store,
                              _ c: CommandContext) throws -> [UInt8] {
        let zh = c.storeLanguage == .zh
        let now = Date()
        let utc = ISO8601DateFormatter().string(from: now)
        let head = try store.audit.recent(limit: 1).first
        let kindLabel: String = switch kind {
        case "entrants": zh ? "报名人员 entrants" : "entrants"
        case "recommendations": zh ? "推荐名单 recommendations" : "recommendations"
        default: zh ? "单位汇总 summary" : "summary"
        }
        var about: [(label: String, value: String)] = [
            (zh ? "导出内容" : "export", kindLabel),
            (zh ? "导出时间（UTC）" : "exported at (UTC)", utc),
            (zh ? "行数" : "rows", String(table.rows.count)),
            (zh ? "手机号" : "phone numbers", unmasked ? (zh ? "完整（未遮盖）" : "in full (unmasked)") : (zh ? "已遮盖" : "masked")),
        ]
        if let head {
            about.append((zh ? "审计链头" : "audit chain head", "\(head.seq) \(head.hash)"))
        }
        about.append((zh ? "生成程序" : "written by", "JuryDesk"))
        return table.workbookBytes(sheetName: kindLabel.components(separatedBy: " ").first ?? kind,
                                   aboutSheetName: zh ? "导出信息" : "about", about: about,
                                   title: "JuryDesk \(kind)", created: now)
    }
}
