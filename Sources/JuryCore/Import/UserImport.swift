/// Reads the people to be given logins.
enum UserImport {
    static func users(rows: [ImportRow]) -> ([UserRecord], [ImportIssue]) {
        var result: [UserRecord] = []
        var issues: [ImportIssue] = []
        var firstLine: [String: Int] = [:]
        for var row in rows {
            let name = row.text("name", required: true)
            let role = row.value("role", required: true) { (s: String) throws(ValueProblem) -> Role in
                guard let r = Role(parsing: s) else {
                    throw ValueProblem(zh: "无法识别的角色：“\(s)”（审核员、评委、主任、管理员）",
                                       en: "unknown role: '\(s)' (reviewer, judge, chair, admin)")
                }
                return r
            }
            // Users sign in by name, so two people with one name must be told apart in the file.
            if !name.isEmpty {
                if let first = firstLine[name] {
                    row.report("name", value: name, zh: "姓名“\(name)”重复：第 \(first) 行和第 \(row.line) 行（同名请加注区分，如“张伟(西安)”）",
                               en: "name '\(name)' appears twice: lines \(first) and \(row.line) (tell them apart, e.g. 张伟(西安))")
                } else {
                    firstLine[name] = row.line
                }
            }
            issues += row.issues
            if row.issues.isEmpty, let role {
                result.append(UserRecord(name: name, role: role, unit: row.raw("unit"), city: row.raw("city")))
            }
        }
        return (result, issues)
    }
}
