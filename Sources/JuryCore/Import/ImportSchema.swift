/// The columns of one import kind, and the matching of a file's header row against them.
public struct ImportSchema: Sendable {
    public var kind: ImportKind
    public var columns: [ImportColumn]

    public init(kind: ImportKind, columns: [ImportColumn]) {
        self.kind = kind
        self.columns = columns
    }

    /// The schema of each kind.
    public static func of(_ kind: ImportKind) -> ImportSchema {
        switch kind {
        case .registrations: registrations
        case .recommendations: recommendations
        case .votes: votes
        case .users: users
        case .decisions: decisions
        }
    }

    /// How many account column groups a registration file may carry (平台1…平台3).
    public static let accountGroups = 3

    public static let registrations: ImportSchema = {
        var c: [ImportColumn] = [
            ImportColumn("entry_id", "报名编号", "entry id", aliases: ["编号", "报名号", "报名ID", "id", "registration id"], required: true),
            ImportColumn("name", "姓名", "name", aliases: ["真实姓名", "达人姓名"], required: true),
            ImportColumn("phone", "手机号", "phone", aliases: ["手机", "手机号码", "联系电话", "联系方式", "mobile"], required: true, kind: .phone),
            ImportColumn("union", "所在工会", "union", aliases: ["工会", "所属工会"], required: true),
            ImportColumn("employer", "工作单位", "employer", aliases: ["单位", "所在单位", "company"]),
            ImportColumn("city", "城市", "city", aliases: ["所在城市", "地市", "所在地市"]),
            ImportColumn("member", "是否工会会员", "union member", aliases: ["工会会员", "是否会员", "会员", "member", "is member"], required: true, kind: .yesNo),
        ]
        for n in 1...accountGroups {
            // Group 1 also answers to the unnumbered header: single-account exports often omit the "1".
            func names(_ bases: [String]) -> [String] { bases.map { "\($0)\(n)" } + (n == 1 ? bases : []) }
            c += [
                ImportColumn("platform\(n)", "平台\(n)", "platform \(n)", aliases: names(["账号平台", "平台", "platform"]), required: n == 1, kind: .platform),
                ImportColumn("nickname\(n)", "昵称\(n)", "nickname \(n)", aliases: names(["账号昵称", "昵称", "账号名称", "nickname"]), required: n == 1),
                ImportColumn("homepage\(n)", "主页\(n)", "homepage \(n)", aliases: names(["主页链接", "账号主页", "主页", "homepage", "url"]), kind: .url),
                ImportColumn("followers\(n)", "粉丝数\(n)", "followers \(n)", aliases: names(["粉丝量", "粉丝数", "粉丝", "followers"]), required: n == 1, kind: .count),
                ImportColumn("since\(n)", "开通时间\(n)", "since \(n)", aliases: names(["账号开通时间", "注册时间", "开通时间", "since", "started"]), kind: .day),
                ImportColumn("original\(n)", "原创占比\(n)", "original \(n)", aliases: names(["原创比例", "原创率", "原创占比", "original", "original%"]), kind: .percent),
                ImportColumn("screenshots\(n)", "截图\(n)", "screenshots \(n)", aliases: names(["主页截图", "截图", "screenshots", "screenshot"]), kind: .paths),
            ]
        }
        c += [
            ImportColumn("past_title", "往期作品标题", "past work title", aliases: ["往期作品", "往期优秀作品", "优秀作品标题"]),
            ImportColumn("past_platform", "往期作品平台", "past work platform", kind: .platform),
            ImportColumn("past_url", "往期作品链接", "past work url", aliases: ["往期作品地址", "past work link"], kind: .url),
            ImportColumn("video_title", "参评视频标题", "entry video title", aliases: ["参评视频", "视频标题", "video title"]),
            ImportColumn("video_file", "视频文件", "video file", aliases: ["参评视频文件", "video"]),
            ImportColumn("duration", "时长", "duration", aliases: ["视频时长"], kind: .duration),
            ImportColumn("resolution", "分辨率", "resolution", aliases: ["清晰度", "视频分辨率"], kind: .resolution),
            ImportColumn("topic", "选题", "topic", aliases: ["参评选题", "作品选题"], kind: .topic),
            ImportColumn("hashtag", "是否带话题发布", "posted with hashtag", aliases: ["带话题发布", "是否带话题", "hashtag"], kind: .yesNo),
            ImportColumn("registered_at", "报名时间", "registered at", aliases: ["提交时间", "submitted at"], kind: .timestamp),
        ]
        return ImportSchema(kind: .registrations, columns: c)
    }()

    /// Exactly the notice's 推荐表 (annex 1), plus the recommending unit when the file carries it.
    public static let recommendations = ImportSchema(kind: .recommendations, columns: [
        ImportColumn("sequence", "序号", "no", aliases: ["sequence", "#"], required: true, kind: .integer),
        ImportColumn("name", "达人姓名", "name", aliases: ["姓名"], required: true),
        ImportColumn("employer", "单位", "employer", aliases: ["工作单位"], required: true),
        ImportColumn("platform", "参赛平台", "platform", aliases: ["平台"], required: true, kind: .platform),
        ImportColumn("nickname", "账号昵称", "nickname", aliases: ["昵称"], required: true),
        ImportColumn("phone", "手机号", "phone", aliases: ["手机", "手机号码", "联系电话"], required: true, kind: .phone),
        ImportColumn("note", "备注", "note", aliases: ["remarks"]),
        ImportColumn("unit", "推荐单位", "recommending unit", aliases: ["unit"]),
    ])

    public static let votes = ImportSchema(kind: .votes, columns: [
        ImportColumn("entry_id", "报名编号", "entry id", aliases: ["编号", "报名号", "id"], required: true),
        ImportColumn("votes", "票数", "votes", aliases: ["投票数", "得票数"], required: true, kind: .count),
        ImportColumn("time", "时间", "time", aliases: ["统计时间", "taken at"], required: true, kind: .timestamp),
        // Kept so a human can read the file; not checked against the registration.
        ImportColumn("name", "姓名", "name", aliases: ["达人姓名"]),
    ])

    public static let users = ImportSchema(kind: .users, columns: [
        ImportColumn("name", "姓名", "name", required: true),
        ImportColumn("role", "角色", "role", required: true, kind: .role),
        ImportColumn("unit", "单位", "unit", aliases: ["工作单位"]),
        ImportColumn("city", "城市", "city"),
    ])

    public static let decisions = ImportSchema(kind: .decisions, columns: [
        ImportColumn("entry_id", "报名编号", "entry id", aliases: ["编号", "报名号", "id"], required: true),
        ImportColumn("verdict", "结论", "verdict", aliases: ["审核结论", "outcome", "decision"], required: true),
        ImportColumn("reason", "理由", "reason", aliases: ["原因"]),
        ImportColumn("waiver", "豁免理由", "waiver reason", aliases: ["waiver"]),
        ImportColumn("note", "备注", "note", aliases: ["remarks"]),
    ])

    /// Matches a header row; reports unknown, duplicated and missing required columns all at once.
    func bind(header: CSVReader.Record) -> (ImportHeader, [ImportIssue]) {
        var lookup: [String: ImportColumn] = [:]
        for column in columns {
            for name in column.acceptedHeaders { lookup[ImportColumn.normalizedHeader(name)] = lookup[ImportColumn.normalizedHeader(name)] ?? column }
        }
        var bound = ImportHeader(line: header.line)
        bound.width = header.fields.count
        var issues: [ImportIssue] = []
        var unknown: [String] = []
        for (index, raw) in header.fields.enumerated() {
            let name = HumanText.normalized(raw)
            if name.isEmpty { continue }
            guard let column = lookup[ImportColumn.normalizedHeader(name)] else {
                unknown.append(name)
                continue
            }
            if let previous = bound.header[column.key] {
                issues.append(ImportIssue(line: header.line, column: name, value: name,
                                          zh: "列重复：“\(name)”与“\(previous)”是同一列", en: "duplicate column: '\(name)' and '\(previous)' are the same column"))
                continue
            }
            bound.index[column.key] = index
            bound.header[column.key] = name
        }
        if !unknown.isEmpty {
            let list = unknown.joined(separator: "、")
            issues.append(ImportIssue(line: header.line, column: nil, value: unknown.joined(separator: ", "),
                                      zh: "无法识别的列：\(list)。请检查表头拼写，或删除这些列（可用的列见模板）",
                                      en: "unknown columns: \(unknown.joined(separator: ", ")). Check the header spelling or remove them (see the template)"))
        }
        for column in columns where column.required && bound.index[column.key] == nil {
            let accepted = column.acceptedHeaders.joined(separator: " / ")
            issues.append(ImportIssue(line: header.line, column: column.zh, value: "",
                                      zh: "缺少必需的列“\(column.zh)”（可用表头：\(accepted)）",
                                      en: "missing required column '\(column.en)' (accepted headers: \(accepted))"))
        }
        return (bound, issues)
    }

    /// A Markdown table of the columns, for the README.
    public func markdownTable() -> String {
        var lines = ["| 列 Column | 必填 Required | 接受的表头 Accepted headers | 格式 Format | 最长 Max length |",
                     "|---|---|---|---|---|"]
        for c in columns {
            let headers = c.acceptedHeaders.map { "`\($0)`" }.joined(separator: ", ")
            lines.append("| \(c.zh) (\(c.key)) | \(c.required ? "是 yes" : "否 no") | \(headers) | \(c.kind.formatZh) / \(c.kind.formatEn) | \(c.kind.maxLength) |")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every kind's table under a heading, then the rules every cell obeys.
    public static func markdownTables() -> String {
        ImportKind.allCases.map { "### \($0.chineseName) \($0.englishName)\n\n" + of($0).markdownTable() }
            .joined(separator: "\n") + "\n" + cellRules
    }

    /// What holds for every column of every kind (the limits are enforced in `ImportFile.parse`).
    static let cellRules = """
        ### 所有列 Every column

        - 最长 Max length：按字符计；超长的单元格会被拒绝，并指出行号与列名。/ Counted in characters; a longer cell is refused with its line and column.
        - 任何单元格都不能含 NUL 字节（0x00）；出现它通常说明文件是无 BOM 的 UTF-16，或根本不是文本。/ No cell may hold a NUL byte (0x00); one usually means the file is UTF-16 without a BOM, or not text at all.
        - 文字列（姓名、单位、标题、备注）按原样保存，包括开头的空格和制表符；编号、数字、日期和选项会去掉首尾空白。/ Text columns (names, units, titles, notes) are kept as written, leading spaces and tabs included; ids, numbers, dates and choices are trimmed.

        """
}

/// Where each known column sits in a file, and its header as the file wrote it.
struct ImportHeader: Sendable {
    var line: Int
    var index: [String: Int] = [:]
    /// Fields in the header row, known or not.
    var width = 0
    var header: [String: String] = [:]
}
