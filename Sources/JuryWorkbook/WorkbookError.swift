/// Why a workbook could not be read, in Chinese and English, saying what to do.
public enum WorkbookError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The old binary .xls format (OLE2), or an .xlsx protected by a password (also OLE2).
    case legacyExcel
    /// Not a zip, or a zip that is cut short or damaged.
    case corrupt(part: String, detail: String)
    /// A zip feature workbooks do not need (zip64, encryption, an unknown compression method).
    case unsupported(part: String, detail: String)
    case missingPart(String)
    case partTooLarge(part: String, bytes: Int, limit: Int)
    case ratioTooHigh(part: String, ratio: Int, limit: Int)
    case tooManyEntries(count: Int, limit: Int)
    case tooManySheets(count: Int, limit: Int)
    /// A DOCTYPE or entity declaration: never in a real workbook, and the way entity bombs work.
    case declaration(part: String)
    case xml(part: String, line: Int, detail: String)
    case noSuchSheet(String, available: [String])
    case noSheets

    public var zh: String {
        switch self {
        case .legacyExcel:
            "这是旧版 Excel 97-2003 工作簿（.xls），或设置了打开密码的工作簿，无法读取。请在 Excel 或 WPS 中“另存为”Excel 工作簿（.xlsx，不设密码）或“CSV UTF-8（逗号分隔）”后重新导入"
        case .corrupt(let part, let detail):
            "工作簿已损坏或不完整（\(part)：\(detail)）。请在 Excel 或 WPS 中打开后重新保存为 .xlsx，或另存为 CSV UTF-8"
        case .unsupported(let part, let detail):
            "工作簿使用了不支持的格式（\(part)：\(detail)）。请在 Excel 或 WPS 中另存为普通 .xlsx 或 CSV UTF-8"
        case .missingPart(let part):
            "工作簿缺少必需的部分 \(part)，不是有效的 .xlsx。请在 Excel 或 WPS 中重新保存，或另存为 CSV UTF-8"
        case .partTooLarge(let part, let bytes, let limit):
            "工作簿中的 \(part) 解压后有 \(bytes / 1_048_576) MB，超过上限 \(limit / 1_048_576) MB，已拒绝（可能是“压缩炸弹”）。请拆分文件或另存为 CSV"
        case .ratioTooHigh(let part, let ratio, let limit):
            "工作簿中的 \(part) 压缩比为 \(ratio):1，超过上限 \(limit):1，已拒绝（可能是“压缩炸弹”）。请在 Excel 或 WPS 中重新保存，或另存为 CSV"
        case .tooManyEntries(let count, let limit):
            "工作簿包含 \(count) 个部件，超过上限 \(limit)，已拒绝。请只保留需要导入的工作表后重新保存"
        case .tooManySheets(let count, let limit):
            "工作簿有 \(count) 个工作表，超过上限 \(limit)，已拒绝。请只保留需要导入的工作表后重新保存"
        case .declaration(let part):
            "工作簿中的 \(part) 含有 DOCTYPE/实体声明，Excel 从不这样写，已拒绝（可防止实体展开攻击）。请在 Excel 或 WPS 中重新保存"
        case .xml(let part, let line, let detail):
            "工作簿中的 \(part) 第 \(line) 行 XML 无法解析（\(detail)）。请在 Excel 或 WPS 中重新保存"
        case .noSuchSheet(let name, let available):
            "工作簿中没有名为“\(name)”的工作表。现有工作表：\(available.joined(separator: "、"))。请用 --sheet 指定其中之一"
        case .noSheets:
            "工作簿中没有工作表。请检查文件是否正确"
        }
    }

    public var en: String {
        switch self {
        case .legacyExcel:
            "this is an old Excel 97-2003 workbook (.xls), or a password-protected one, which cannot be read. In Excel or WPS use Save As → Excel Workbook (.xlsx, no password) or CSV UTF-8 (Comma delimited) and import again"
        case .corrupt(let part, let detail):
            "the workbook is damaged or incomplete (\(part): \(detail)). Open it in Excel or WPS and save it again as .xlsx, or save as CSV UTF-8"
        case .unsupported(let part, let detail):
            "the workbook uses an unsupported feature (\(part): \(detail)). In Excel or WPS save it as a plain .xlsx or as CSV UTF-8"
        case .missingPart(let part):
            "the workbook lacks its required part \(part), so it is not a valid .xlsx. Save it again in Excel or WPS, or save as CSV UTF-8"
        case .partTooLarge(let part, let bytes, let limit):
            "\(part) in the workbook unpacks to \(bytes / 1_048_576) MB, past the limit of \(limit / 1_048_576) MB, and was refused (possibly a zip bomb). Split the file or save as CSV"
        case .ratioTooHigh(let part, let ratio, let limit):
            "\(part) in the workbook is compressed \(ratio):1, past the limit of \(limit):1, and was refused (possibly a zip bomb). Save it again in Excel or WPS, or save as CSV"
        case .tooManyEntries(let count, let limit):
            "the workbook holds \(count) parts, more than the limit of \(limit), and was refused. Keep only the sheet to import and save again"
        case .tooManySheets(let count, let limit):
            "the workbook has \(count) sheets, more than the limit of \(limit), and was refused. Keep only the sheet to import and save again"
        case .declaration(let part):
            "\(part) in the workbook holds a DOCTYPE or entity declaration, which Excel never writes; refused (entity expansion attacks work this way). Save it again in Excel or WPS"
        case .xml(let part, let line, let detail):
            "the XML of \(part) cannot be parsed at line \(line) (\(detail)). Save the workbook again in Excel or WPS"
        case .noSuchSheet(let name, let available):
            "the workbook has no sheet named '\(name)'. Its sheets: \(available.joined(separator: ", ")). Name one of them with --sheet"
        case .noSheets:
            "the workbook has no sheets. Check that it is the right file"
        }
    }

    public var description: String { "\(zh) / \(en)" }
}
