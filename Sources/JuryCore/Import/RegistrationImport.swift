import Foundation

/// Reads the sign-up platform's export into entrants.
enum RegistrationImport {
    static func entrants(rows: [ImportRow], timeZone: TimeZone) -> ([Entrant], [ImportIssue]) {
        var reader = Reader(timeZone: timeZone)
        var records: [Entrant] = []
        var issues: [ImportIssue] = []
        for var row in rows {
            let entrant = reader.read(&row)
            issues += row.issues
            if let entrant { records.append(entrant) }
        }
        return (records, issues)
    }

    /// Reads rows one at a time (a streamed file), remembering only each entry id's first line.
    struct Reader {
        let timeZone: TimeZone
        private var loop = ImportRowLoop()

        init(timeZone: TimeZone) { self.timeZone = timeZone }

        /// The row's entrant, or nil when the row reported an issue (its issues stay on `row`).
        mutating func read(_ row: inout ImportRow) -> Entrant? {
            let entrant = RegistrationImport.read(&row, timeZone: timeZone)
            let id = row.raw("entry_id"), line = row.line
            loop.checkUnique(id, in: &row, column: "entry_id", value: id,
                             zh: { "报名编号“\(id)”重复：第 \($0) 行和第 \(line) 行" },
                             en: { "entry id '\(id)' appears twice: lines \($0) and \(line)" })
            return row.issues.isEmpty ? entrant : nil
        }
    }

    fileprivate static func read(_ row: inout ImportRow, timeZone: TimeZone) -> Entrant? {
        let id = row.code("entry_id", required: true)
        let name = row.text("name", required: true)
        let phone = row.value("phone", required: true, MobileNumber.parse)
        let union = row.text("union", required: true)
        let member = row.value("member", required: true, HumanYesNo.parse)
        var accounts: [Account] = []
        for n in 1...ImportSchema.accountGroups {
            if let account = readAccount(n, &row) { accounts.append(account) }
        }
        let registeredAt = row.value("registered_at") { (s: String) throws(ValueProblem) -> Date in
            try HumanTimestamp.parse(s, timeZone: timeZone)
        }
        let entrant = Entrant(id: id, name: name, phone: phone ?? "", union: union, employer: row.text("employer"),
                              city: row.text("city"), isUnionMember: member ?? false, accounts: accounts,
                              pastWork: readPastWork(&row), entryVideo: readVideo(&row), registeredAt: registeredAt)
        return row.issues.isEmpty ? entrant : nil
    }

    /// The keys of each account group, made once rather than per row.
    private static let accountKeys = (1...ImportSchema.accountGroups).map { n in
        ["platform", "nickname", "homepage", "followers", "since", "original", "screenshots"].map { "\($0)\(n)" }
    }

    /// Group 1 must be filled; groups 2 and 3 only when any of their cells is.
    private static func readAccount(_ n: Int, _ row: inout ImportRow) -> Account? {
        let required = n == 1 || accountKeys[n - 1].contains(where: row.has)
        guard required else { return nil }
        let platform = row.platform("platform\(n)", required: true)
        let nickname = row.text("nickname\(n)", required: true)
        let followers = row.value("followers\(n)", required: true, HumanNumber.integer)
        let since = row.value("since\(n)", HumanDate.parse)
        let original = row.value("original\(n)", HumanPercent.whole)
        let screenshots = row.value("screenshots\(n)", asWritten: true, screenshotPaths) ?? []
        guard let platform, let followers, !nickname.isEmpty else { return nil }
        return Account(platform: platform, nickname: nickname, homepage: row.trimmedWritten("homepage\(n)"), followers: followers,
                       since: since, originalPercent: original, screenshots: screenshots)
    }

    /// Paths stay inside the import folder: an absolute path or ".." would read files the import did not bring.
    static func screenshotPaths(_ text: String) throws(ValueProblem) -> [String] {
        // On the bytes: ';', '/', '\\', ':' and '.' are ASCII, and Foundation's search and trimming
        // here were a fifth of a large import.
        var paths: [String] = []
        for piece in text.utf8.split(separator: UInt8(ascii: ";")) {
            let p = trimmedPath(Substring(piece))
            if p.isEmpty { continue }
            let utf8 = p.utf8
            let outside = utf8.first == UInt8(ascii: "/") || utf8.first == UInt8(ascii: "\\") || utf8.contains(UInt8(ascii: ":"))
                || hasParentSegment(utf8)
            if outside {
                throw ValueProblem(zh: "截图路径必须是相对于导入文件所在文件夹的路径：“\(p)”",
                                   en: "a screenshot path must be relative to the import file's folder: '\(p)'")
            }
            paths.append(p)
        }
        return paths
    }

    /// Whether a segment between slashes is "..", scanning once (splitting made an array per path).
    static func hasParentSegment(_ path: String.UTF8View) -> Bool {
        var length = 0, dots = 0
        for byte in path {
            if byte == UInt8(ascii: "/") {
                if length == 2 && dots == 2 { return true }
                (length, dots) = (0, 0)
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length == 2 && dots == 2
    }

    /// A path trimmed of spaces and tabs at its ends; Foundation only when an end is not ASCII.
    private static func trimmedPath(_ piece: Substring) -> String {
        let utf8 = piece.utf8
        guard let first = utf8.first, let last = utf8.last else { return "" }
        if first > 32, first < 0x80, last > 32, last < 0x80 { return String(piece) }
        return piece.trimmingCharacters(in: .whitespaces)
    }

    private static func readPastWork(_ row: inout ImportRow) -> PastWork? {
        guard ["past_title", "past_platform", "past_url"].contains(where: row.has) else { return nil }
        let title = row.text("past_title", required: true)
        let platform = row.platform("past_platform")
        return PastWork(title: title, platform: platform, url: row.trimmedWritten("past_url"))
    }

    /// A row may come without a video (submitted later); once any video cell is filled, all the facts
    /// round two checks must be there.
    private static func readVideo(_ row: inout ImportRow) -> EntryVideo? {
        let keys = ["video_title", "video_file", "duration", "resolution", "topic", "hashtag"]
        guard keys.contains(where: row.has) else { return nil }
        let title = row.text("video_title", required: true)
        let duration = row.value("duration", required: true, VideoDuration.parse)
        let resolution = row.value("resolution", required: true, VideoResolution.parse)
        let topic = row.value("topic", required: true) { (s: String) throws(ValueProblem) -> Topic in
            guard let t = Topic(parsing: s) else {
                throw ValueProblem(zh: "无法识别的选题：“\(s)”（专业技能劳动美、温暖服务有我在、歌颂时代有话说、职工生活好家风、其他）",
                                   en: "unknown topic: '\(s)' (one of the notice's four topics, or 其他)")
            }
            return t
        }
        let hashtag = row.value("hashtag", required: true, HumanYesNo.parse)
        guard let duration, let resolution, let topic, let hashtag else { return nil }
        return EntryVideo(title: title, file: row.trimmedWritten("video_file"), durationSeconds: duration, resolution: resolution,
                          topic: topic, hashtagPosted: hashtag)
    }
}
