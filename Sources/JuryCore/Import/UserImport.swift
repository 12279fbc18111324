/// Reads the people to be given logins.
enum UserImport {
    static func users(rows: [ImportRow]) -> ([UserRecord], [ImportIssue]) {
        ImportRowLoop.collect(rows) { row, loop in
            // The name is the sign-in key typed at the login prompt, so it is trimmed like an id.
            let name = row.text("name", required: true).trimmingCharacters(in: .whitespacesAndNewlines)
            let role = row.value("role", required: true) { (s: String) throws(ValueProblem) -> Role in
                guard let r = Role(parsing: s) else {
                    throw ValueProblem(zh: "无法识别的角色：“\(s)”（审核员、评委、主任、管理员）",
                                       en: "unknown role: '\(s)' (reviewer, judge, chair, admin)")
                }
                return r
            }
            // Users sign in by name, so two people with one name must be told apart in the file.
            let line = row.line
            loop.checkUnique(name, in: &row, column: "name", value: name,
                             zh: { "姓名“\(name)”重复：第 \($0) 行和第 \(line) 行（同名请加注区分，如“张伟(西安)”）" },
                             en: { "name '\(name)' appears twice: lines \($0) and \(line) (tell them apart, e.g. 张伟(西安))" })
            return role.map { UserRecord(name: name, role: $0, unit: row.written("unit"), city: row.written("city")) }
        }
    }
}
