/// Reads a unit's 推荐表 into recommendations.
enum RecommendationImport {
    static func recommendations(rows: [ImportRow], header: ImportHeader, unit: String?) -> ([Recommendation], [ImportIssue]) {
        let givenUnit = unit.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        if header.index["unit"] == nil && givenUnit == nil {
            return ([], [ImportIssue(line: nil, column: "推荐单位", value: "",
                                     zh: "不知道推荐单位：文件没有“推荐单位”列，也没有用 --unit 指定",
                                     en: "the recommending unit is unknown: the file has no 推荐单位 column and --unit was not given")])
        }
        var result: [Recommendation] = []
        var issues: [ImportIssue] = []
        var position = 0
        var firstLineOf: [String: Int] = [:]
        for var row in rows {
            // The notice's form comes with 序号 1–10 pre-filled; a row with nothing else is an unused slot.
            let keys = ["name", "employer", "platform", "nickname", "phone", "note", "unit"]
            guard keys.contains(where: row.has) else { continue }
            position += 1
            let sequence = row.value("sequence") { (s: String) throws(ValueProblem) -> Int in
                guard HumanText.isDigits(s), let n = Int(s) else {
                    throw ValueProblem(zh: "序号应为整数：“\(s)”", en: "the number must be a whole number: '\(s)'")
                }
                return n
            } ?? position
            let name = row.text("name", required: true)
            let employer = row.text("employer")
            let platform = row.platform("platform", required: true)
            let nickname = row.text("nickname", required: true)
            let phone = row.value("phone", required: true, MobileNumber.parse)
            let cellUnit = row.written("unit")
            // Stored as written, but compared as typed: --unit arrives trimmed from the shell.
            if !cellUnit.isEmpty, let givenUnit, row.trimmedWritten("unit") != givenUnit {
                row.report("unit", value: cellUnit, zh: "推荐单位“\(cellUnit)”与 --unit 指定的“\(givenUnit)”不一致",
                           en: "recommending unit '\(cellUnit)' differs from --unit '\(givenUnit)'")
            }
            let unitName = cellUnit.isEmpty ? givenUnit : cellUnit
            if unitName == nil {
                row.report("unit", zh: "推荐单位为空（可用 --unit 指定）", en: "the recommending unit is empty (or give --unit)")
            }
            // A unit's list is keyed by 序号: a repeat would silently replace the earlier row.
            if let unitName {
                let key = unitName + "\u{1F}" + String(sequence), line = row.line
                if let first = firstLineOf[key] {
                    row.report("sequence", value: String(sequence),
                               zh: "序号 \(sequence) 重复：第 \(first) 行和第 \(line) 行（推荐单位“\(unitName)”）。请改正其中一行的序号",
                               en: "number \(sequence) appears twice: lines \(first) and \(line) (unit \(unitName)). Renumber one of them")
                } else {
                    firstLineOf[key] = line
                }
            }
            issues += row.issues
            if row.issues.isEmpty, let unitName, let phone {
                result.append(Recommendation(unit: unitName, sequence: sequence, name: name, employer: employer,
                                             platform: platform, nickname: nickname, phone: phone, note: row.written("note")))
            }
        }
        return (result, issues)
    }
}
