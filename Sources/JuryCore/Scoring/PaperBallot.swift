import Foundation

/// One judge's sheet for one entrant as written on paper and typed into a CSV file.
public struct PaperBallot: Hashable, Sendable {
    public var line: Int
    public var judge: String
    public var entrantId: String
    /// Criterion id → tenths.
    public var tenths: [String: Int]
    public var submit: Bool

    public init(line: Int, judge: String, entrantId: String, tenths: [String: Int], submit: Bool) {
        self.line = line
        self.judge = judge
        self.entrantId = entrantId
        self.tenths = tenths
        self.submit = submit
    }
}

/// Reads a paper-ballot CSV: 评委/judge, 报名编号/entry id, one column per criterion (headed by its id or
/// its label in either language), optional 状态/status (submitted by default, or draft). Every value
/// is checked against the rubric's maximum and step; every problem is listed with line, column and value.
public enum PaperBallotFile {
    public static func parse(_ text: String, rubric: Rubric) -> (ballots: [PaperBallot], issues: [ImportIssue]) {
        let records: [CSVReader.Record]
        do {
            records = try CSVReader().read(text)
        } catch {
            return ([], [ImportIssue(line: error.line, column: nil, zh: error.zh, en: error.en)])
        }
        guard let header = records.first else {
            return ([], [ImportIssue(line: nil, column: nil, zh: "文件是空的。", en: "the file is empty.")])
        }
        var issues: [ImportIssue] = []
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}")) }
        func column(_ candidates: [String]) -> Int? { names.firstIndex { n in candidates.contains { $0.caseInsensitiveCompare(n) == .orderedSame } } }
        let judgeColumn = column(["评委", "judge"]), entrantColumn = column(["报名编号", "entry id", "entrant id"])
        let statusColumn = column(["状态", "status"])
        if judgeColumn == nil {
            issues.append(ImportIssue(line: header.line, column: "评委", zh: "缺少“评委”列。", en: "the judge column (评委 / judge) is missing."))
        }
        if entrantColumn == nil {
            issues.append(ImportIssue(line: header.line, column: "报名编号", zh: "缺少“报名编号”列。", en: "the entry id column (报名编号 / entry id) is missing."))
        }
        var criterionColumns: [(index: Int, criterion: Criterion)] = []
        for (index, name) in names.enumerated() where ![judgeColumn, entrantColumn, statusColumn].contains(index) {
            guard let c = rubric.criteria.first(where: { [$0.id, $0.label.zh, $0.label.en].contains { $0.caseInsensitiveCompare(name) == .orderedSame } }) else {
                issues.append(ImportIssue(line: header.line, column: name, value: name,
                                          zh: "列“\(name)”不是评分项（请用评分项编号或中英文名称）。",
                                          en: "column \"\(name)\" is not a criterion (use its id or its label in either language)."))
                continue
            }
            criterionColumns.append((index, c))
        }
        guard let judgeColumn, let entrantColumn else { return ([], issues) }
        var ballots: [PaperBallot] = []
        var seen: [String: Int] = [:]
        for record in records.dropFirst() where !record.isBlank {
            func cell(_ i: Int) -> String { i < record.fields.count ? record.fields[i].trimmingCharacters(in: .whitespaces) : "" }
            let judge = cell(judgeColumn), entrant = cell(entrantColumn)
            if judge.isEmpty { issues.append(ImportIssue(line: record.line, column: names[judgeColumn], zh: "评委为空。", en: "no judge.")) }
            if entrant.isEmpty { issues.append(ImportIssue(line: record.line, column: names[entrantColumn], zh: "报名编号为空。", en: "no entry id.")) }
            let key = judge + "\u{1}" + entrant
            if let first = seen[key] {
                issues.append(ImportIssue(line: record.line, column: names[entrantColumn], value: entrant,
                                          zh: "与第 \(first) 行重复（同一评委、同一选手）。", en: "repeats line \(first) (same judge and entrant)."))
            } else {
                seen[key] = record.line
            }
            var submit = true
            if let statusColumn {
                switch cell(statusColumn).lowercased() {
                case "", "submitted", "已提交", "提交": submit = true
                case "draft", "草稿": submit = false
                case let other:
                    issues.append(ImportIssue(line: record.line, column: names[statusColumn], value: other,
                                              zh: "状态只能是“已提交”或“草稿”。", en: "status must be submitted or draft."))
                }
            }
            var tenths: [String: Int] = [:]
            for (index, criterion) in criterionColumns {
                let raw = cell(index)
                if raw.isEmpty {
                    if submit {
                        issues.append(ImportIssue(line: record.line, column: names[index], zh: "\(criterion.label.zh)：未打分；提交的评分表每一项都要有分数。",
                                                  en: "\(criterion.label.en): no score; a submitted sheet needs every criterion."))
                    }
                    continue
                }
                guard let decimal = Decimal(string: raw, locale: Locale(identifier: "en_US_POSIX")), let value = Tenths(exactly: decimal),
                      raw.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }) else {
                    issues.append(ImportIssue(line: record.line, column: names[index], value: raw,
                                              zh: "不是分数（请写如 8 或 8.5 的数字）。", en: "not a score (write a number such as 8 or 8.5)."))
                    continue
                }
                if value > criterion.max {
                    issues.append(ImportIssue(line: record.line, column: names[index], value: raw,
                                              zh: "超出 0–\(criterion.max) 分。", en: "outside 0–\(criterion.max)."))
                } else if value.rawValue % criterion.step.rawValue != 0 {
                    issues.append(ImportIssue(line: record.line, column: names[index], value: raw,
                                              zh: "不是 \(criterion.step) 分的整数倍。", en: "not a multiple of \(criterion.step)."))
                } else {
                    tenths[criterion.id] = value.rawValue
                }
            }
            if submit {
                for c in rubric.criteria where !criterionColumns.contains(where: { $0.criterion.id == c.id }) {
                    issues.append(ImportIssue(line: record.line, column: c.label.zh, zh: "缺少评分项“\(c.label.zh)”的列。",
                                              en: "the column for \(c.label.en) is missing."))
                    break
                }
            }
            ballots.append(PaperBallot(line: record.line, judge: judge, entrantId: entrant, tenths: tenths, submit: submit))
        }
        return (ballots, issues)
    }
}
