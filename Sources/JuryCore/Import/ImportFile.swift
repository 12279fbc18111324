import Foundation

/// What an import file held, by kind.
public enum ImportedRecords: Hashable, Sendable {
    case registrations([Entrant])
    case recommendations([Recommendation])
    case votes([VoteSnapshot])
    case users([UserRecord])
    case decisions([DecisionRecord])

    public var count: Int {
        switch self {
        case .registrations(let r): r.count
        case .recommendations(let r): r.count
        case .votes(let r): r.count
        case .users(let r): r.count
        case .decisions(let r): r.count
        }
    }
}

/// Reads an import file end to end: bytes → text → CSV → typed records, or every problem found.
public enum ImportFile {
    /// `unit` is the recommending unit for a recommendation list without a 推荐单位 column (`--unit`);
    /// times without a zone are read in `timeZone`.
    public static func parse(kind: ImportKind, data: Data, unit: String? = nil,
                             timeZone: TimeZone = HumanTimestamp.defaultTimeZone) throws(ImportFailure) -> ImportedRecords {
        try parse(kind: kind, input: .bytes(data), encoding: nil, unit: unit, timeZone: timeZone)
    }

    /// The same from already-decoded text.
    public static func parse(kind: ImportKind, text: String, unit: String? = nil,
                             timeZone: TimeZone = HumanTimestamp.defaultTimeZone) throws(ImportFailure) -> ImportedRecords {
        try parse(kind: kind, input: .bytes(Data(text.utf8)), encoding: .utf8, unit: unit, timeZone: timeZone)
    }

    /// Every record of an input in memory, through the same streaming pass a large file takes.
    public static func parse(kind: ImportKind, input: ImportInput, encoding: UTF8ChunkDecoder.Encoding?, unit: String?,
                      timeZone: TimeZone) throws(ImportFailure) -> ImportedRecords {
        var entrants: [Entrant] = []
        do {
            let (_, records) = try ImportScan.run(kind: kind, input: input, encoding: encoding, unit: unit, timeZone: timeZone,
                                                  onBytes: { _, fromStart in if fromStart { entrants = [] } },
                                                  entrant: { entrants.append($0) })
            return kind == .registrations ? .registrations(entrants) : records
        } catch let failure as ImportFailure {
            throw failure
        } catch {
            // Bytes in memory cannot fail to read; anything else is reported as the file's problem.
            throw ImportFailure(issues: [ImportIssue(line: nil, column: nil, zh: "无法读取：\(error)", en: "cannot read: \(error)")])
        }
    }

    /// Registrations only; the CLI and tests call this when the kind is known.
    public static func registrations(_ data: Data, timeZone: TimeZone = HumanTimestamp.defaultTimeZone) throws(ImportFailure) -> [Entrant] {
        guard case .registrations(let r) = try parse(kind: .registrations, data: data, timeZone: timeZone) else { return [] }
        return r
    }

    public static func recommendations(_ data: Data, unit: String? = nil) throws(ImportFailure) -> [Recommendation] {
        guard case .recommendations(let r) = try parse(kind: .recommendations, data: data, unit: unit) else { return [] }
        return r
    }

    public static func votes(_ data: Data, timeZone: TimeZone = HumanTimestamp.defaultTimeZone) throws(ImportFailure) -> [VoteSnapshot] {
        guard case .votes(let r) = try parse(kind: .votes, data: data, timeZone: timeZone) else { return [] }
        return r
    }

    public static func users(_ data: Data) throws(ImportFailure) -> [UserRecord] {
        guard case .users(let r) = try parse(kind: .users, data: data) else { return [] }
        return r
    }

    /// The same from rows already split into cells (a CSV file's records, or a worksheet's rows with
    /// their row numbers as lines); the first record is the header, blank records are gone.
    public static func parse(kind: ImportKind, records: [CSVReader.Record], unit: String? = nil,
                             timeZone: TimeZone = HumanTimestamp.defaultTimeZone) throws(ImportFailure) -> ImportedRecords {
        guard let headerRecord = records.first else {
            throw ImportFailure(issues: [ImportIssue(line: nil, column: nil, zh: "文件是空的（没有表头）", en: "the file is empty (no header row)")])
        }
        // A NUL means the bytes are not the text they seem; reading values from them would mislead.
        let nulIssues = ImportCellCheck.nulBytes(records)
        if !nulIssues.isEmpty { throw ImportFailure(issues: nulIssues) }
        let schema = ImportSchema.of(kind)
        let (header, headerIssues) = schema.bind(header: headerRecord)
        let missingRequired = schema.columns.contains { $0.required && header.index[$0.key] == nil }
        // Rows are still read when only unknown columns were found, so one run reports everything;
        // with a required column missing every row would just repeat that.
        if missingRequired { throw ImportFailure(issues: headerIssues) }
        let lengthIssues = ImportCellCheck.lengths(Array(records.dropFirst()), header: header, schema: schema)
        let rows = records.dropFirst().map { ImportRow(record: $0, header: header, schema: schema) }
        let result: ImportedRecords
        let rowIssues: [ImportIssue]
        switch kind {
        case .registrations:
            let (r, i) = RegistrationImport.entrants(rows: rows, timeZone: timeZone)
            (result, rowIssues) = (.registrations(r), i)
        case .recommendations:
            let (r, i) = RecommendationImport.recommendations(rows: rows, header: header, unit: unit)
            (result, rowIssues) = (.recommendations(r), i)
        case .votes:
            let (r, i) = VoteImport.snapshots(rows: rows, timeZone: timeZone)
            (result, rowIssues) = (.votes(r), i)
        case .users:
            let (r, i) = UserImport.users(rows: rows)
            (result, rowIssues) = (.users(r), i)
        case .decisions:
            let (r, i) = DecisionImport.decisions(rows: rows)
            (result, rowIssues) = (.decisions(r), i)
        }
        let issues = headerIssues + lengthIssues + rowIssues
        if !issues.isEmpty { throw ImportFailure(issues: issues) }
        return result
    }
}
