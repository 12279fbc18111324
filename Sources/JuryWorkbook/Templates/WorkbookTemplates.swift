import JuryCore

/// The import templates as workbooks (`SampleData/templates/<kind>.xlsx`): the 推荐表 laid out as the
/// notice's annex 1 has it, and the other kinds as a header with one example row, like the CSVs.
/// Written with stored (uncompressed) entries and no timestamp, so the bytes depend on nothing but
/// this code and a test can insist the committed files are current.
public enum WorkbookTemplates {
    public static func xlsx(for kind: ImportKind) -> [UInt8] {
        let sheet = kind == .recommendations ? recommendationForm() : simple(kind)
        return WorkbookWriter.xlsx([sheet], properties: .init(title: "\(kind.chineseName) \(kind.englishName)"),
                                   deflate: false)
    }

    /// The file name under `SampleData/templates/`.
    public static func fileName(for kind: ImportKind) -> String { "\(kind.rawValue).xlsx" }

    static func simple(_ kind: ImportKind) -> WorkbookSheet {
        let rows = ImportTemplate.rows(for: kind)
        let cells = rows.map { $0.map { $0.isEmpty ? WorkbookSheet.Cell.empty : .text($0) } }
        return WorkbookSheet(name: kind.chineseName, rows: cells, headerRows: [0], frozenRows: 1)
    }

    /// Annex 1 of the notice: 附件1, the title, the unit line to fill in after the colon, the seven
    /// columns, ten numbered rows, and the 填表人 lines and the note below. Importing it back takes the
    /// unit from the unit line and skips the numbered rows left empty and the lines below the table.
    static func recommendationForm() -> WorkbookSheet {
        let header = ["序号", "达人姓名", "单位", "参赛平台", "账号昵称", "手机号", "备注"]
        var rows: [[WorkbookSheet.Cell]] = [
            [.bold("附件1")],
            [.title("“正能量职工网络达人征集”推荐表")],
            [.bold("推荐单位（盖章）：")],
            header.map { .bold($0) },
        ]
        for n in 1...10 { rows.append([.number(String(n))]) }
        rows.append([])
        let footer = ["填表人姓名：", "职务：", "联系方式：",
                      "注：1. 经组织推荐的创作者仍需按规定程序报送征集内容，可优先进入初审环节； 2. 投递邮箱：sgh87329782@163.com； 截止日期 2023 年 8 月 31 日。"]
        rows += footer.map { [.text($0)] }
        let last = rows.count
        let merges = ["A2:G2", "A3:G3"] + ((last - footer.count + 1)...last).map { "A\($0):G\($0)" }
        return WorkbookSheet(name: "推荐表", rows: rows, headerRows: [3], frozenRows: 4, merges: merges,
                             columnWidths: [6, 12, 26, 12, 18, 15, 16])
    }
}
