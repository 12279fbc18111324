import Foundation

/// One streaming pass over an import file: bytes → UTF-8 → CSV records → checked rows, holding one
/// row at a time. It finds every problem the file has (each with its line) in the same order the
/// whole-file parse listed them, so a caller can check a file completely before writing anything,
/// then run a second pass that writes.
public enum ImportScan {
    /// What a pass read: the encoding it settled on, the data rows, and a checksum of the raw bytes
    /// that a second pass compares to be sure it read the same file.
    public struct Outcome: Equatable, Sendable {
        public var encoding: UTF8ChunkDecoder.Encoding
        public var rows: Int
        public var bytes: Int
        public var checksum: UInt64
    }

    /// Where a pass has got: bytes of the file read and data rows found so far.
    public struct Position: Equatable, Sendable {
        public var bytesRead: Int
        public var rows: Int
    }

    /// Where decoding broke, with the problem that says so (its line, what to do).
    public struct DecodeBreak: Sendable {
        let failure: ImportFailure
        let byteOffset: Int

        /// Of a file that is neither UTF-8 nor GB18030, the later of the two breaks: a UTF-8 file
        /// with one bad byte on line 4,000 breaks as GB18030 at its first Chinese character.
        static func later(_ utf8: DecodeBreak?, _ other: DecodeBreak) -> ImportFailure {
            guard let utf8, utf8.byteOffset >= other.byteOffset else { return other.failure }
            return utf8.failure
        }
    }

    /// Restart the pass as GB18030: the file carried no byte-order mark and is not UTF-8.
    private struct NotUTF8: Error { let at: DecodeBreak }

    /// The bytes cannot be decoded in the encoding this pass reads.
    private struct Undecodable: Error { let at: DecodeBreak }

    /// Reads `input` once. Registrations are handed to `entrant` row by row (valid rows only; the
    /// pass throws `ImportFailure` at the end if any row had a problem) and the outcome carries no
    /// records; other kinds (small files) come back whole. `encoding` nil detects it; a pass that
    /// finds a file without a mark is not UTF-8 starts over as GB18030: `restarting` is called first
    /// with where UTF-8 broke (a writer undoes the rows it was handed), then `onBytes` sees the file
    /// again with `fromStart`. A caller that restarts by itself passes that break back as
    /// `afterUTF8Break`, so a file that is neither is reported where it stopped being UTF-8 if that
    /// came later. Errors thrown by `entrant` or `restarting` end the pass and are passed on.
    public static func run(kind: ImportKind, input: ImportInput, encoding: UTF8ChunkDecoder.Encoding? = nil,
                           unit: String? = nil, timeZone: TimeZone = HumanTimestamp.defaultTimeZone,
                           afterUTF8Break: DecodeBreak? = nil,
                           onBytes: ((_ chunk: UnsafeBufferPointer<UInt8>, _ fromStart: Bool) -> Void)? = nil,
                           progress: ((Position) -> Void)? = nil,
                           restarting: ((DecodeBreak) throws -> Void)? = nil,
                           entrant: ((Entrant) throws -> Void)? = nil) throws -> (Outcome, ImportedRecords) {
        do {
            return try attempt(kind: kind, input: input, encoding: encoding, unit: unit, timeZone: timeZone,
                               onBytes: onBytes, progress: progress, entrant: entrant)
        } catch let undecodable as Undecodable {
            throw DecodeBreak.later(afterUTF8Break, undecodable.at)
        } catch let notUTF8 as NotUTF8 {
            try restarting?(notUTF8.at)
            do {
                return try attempt(kind: kind, input: input, encoding: .gb18030, unit: unit, timeZone: timeZone,
                                   onBytes: onBytes, progress: progress, entrant: entrant)
            } catch let undecodable as Undecodable {
                throw DecodeBreak.later(notUTF8.at, undecodable.at)
            }
        }
    }

    private static func attempt(kind: ImportKind, input: ImportInput, encoding: UTF8ChunkDecoder.Encoding?,
                                unit: String?, timeZone: TimeZone,
                                onBytes: ((UnsafeBufferPointer<UInt8>, Bool) -> Void)?,
                                progress: ((Position) -> Void)?,
                                entrant: ((Entrant) throws -> Void)?) throws -> (Outcome, ImportedRecords) {
        var state = RowState(kind: kind, timeZone: timeZone, entrant: entrant)
        var decoder: UTF8ChunkDecoder?
        var csv = CSVByteReader()
        var utf8: [UInt8] = []
        var bytesRead = 0
        var linesBefore = 0
        var checksum: UInt64 = 0xcbf2_9ce4_8422_2325
        var detected = false
        defer { decoder?.close() }

        func failDecoding(_ failure: TextDecoding.Failure, chunk: UnsafeBufferPointer<UInt8>, chunkStart: Int) -> ImportFailure {
            var line: Int?
            if case .undecodable(let at) = failure {
                let inChunk = max(0, min(chunk.count, at - chunkStart))
                line = 1 + linesBefore + UnsafeBufferPointer(rebasing: chunk[0..<inChunk]).reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            }
            return ImportFailure(issues: [ImportIssue(line: line, column: nil, zh: failure.zh, en: failure.en)])
        }

        func feed(_ chunk: UnsafeBufferPointer<UInt8>, final: Bool) throws {
            let chunkStart = bytesRead
            if !detected {
                detected = true
                let announced: UTF8ChunkDecoder.Encoding?
                do { announced = try UTF8ChunkDecoder.announced(by: Array(chunk.prefix(4))) } catch {
                    throw ImportFailure(issues: [ImportIssue(line: nil, column: nil, zh: error.zh, en: error.en)])
                }
                do { decoder = try UTF8ChunkDecoder(encoding: encoding ?? announced ?? .utf8) } catch {
                    throw ImportFailure(issues: [ImportIssue(line: nil, column: nil, zh: error.zh, en: error.en)])
                }
                // Only an unmarked file decoded as UTF-8 may turn out to be GB18030.
                state.mayRestart = encoding == nil && announced == nil
            }
            onBytes?(chunk, chunkStart == 0)
            bytesRead += chunk.count
            for b in chunk { checksum = (checksum ^ UInt64(b)) &* 0x100_0000_01b3 }
            utf8.removeAll(keepingCapacity: true)
            do {
                try decoder?.decode(chunk, final: final, into: &utf8)
            } catch {
                var offset = chunkStart
                if case .undecodable(let at) = error { offset = at }
                let at = DecodeBreak(failure: failDecoding(error, chunk: chunk, chunkStart: chunkStart), byteOffset: offset)
                if state.mayRestart { throw NotUTF8(at: at) }
                throw Undecodable(at: at)
            }
            linesBefore += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
            try utf8.withUnsafeBufferPointer { bytes in
                try csv.feed(bytes) { try state.take($0) }
            }
            progress?(Position(bytesRead: bytesRead, rows: state.rowCount))
        }

        try input.forEachChunk { try feed($0, final: false) }
        try feed(UnsafeBufferPointer(start: nil, count: 0), final: true)
        if let quote = try csv.finish({ try state.take($0) }) {
            // As before: an unclosed quote swallowed the rest of the file, so nothing else it says is reliable.
            throw ImportFailure(issues: [ImportIssue(line: quote.line, column: nil, zh: quote.zh, en: quote.en)])
        }
        let records = try state.finish(unit: unit)
        let outcome = Outcome(encoding: decoder?.encoding ?? .utf8, rows: state.rowCount, bytes: bytesRead, checksum: checksum)
        return (outcome, records)
    }
}

/// The per-row side of a pass: the header, the problems found so far, and what the rows gave.
private struct RowState {
    let kind: ImportKind
    let schema: ImportSchema
    let entrant: ((Entrant) throws -> Void)?
    var mayRestart = false
    var header: ImportHeader?
    var headerFields: [String] = []
    var headerIssues: [ImportIssue] = []
    var missingRequired = false
    var bound: [(ImportColumn, Int)] = []
    var nulIssues: [ImportIssue] = []
    var lengthIssues: [ImportIssue] = []
    var rowIssues: [ImportIssue] = []
    var registrations: RegistrationImport.Reader
    /// Rows of the small kinds, read whole at the end by their importers.
    var rows: [ImportRow] = []
    var rowCount = 0

    init(kind: ImportKind, timeZone: TimeZone, entrant: ((Entrant) throws -> Void)?) {
        self.kind = kind
        schema = ImportSchema.of(kind)
        self.entrant = entrant
        registrations = RegistrationImport.Reader(timeZone: timeZone)
    }

    mutating func take(_ record: CSVReader.Record) throws {
        if record.isBlank { return }
        if nulIssues.count < ImportCellCheck.nulIssueLimit {
            let found = ImportCellCheck.nulBytes(record, headerFields: headerFields,
                                                 limit: ImportCellCheck.nulIssueLimit - nulIssues.count)
            nulIssues += found
        }
        guard let header else {
            headerFields = record.fields
            let (bound, issues) = schema.bind(header: record)
            header = bound
            headerIssues = issues
            missingRequired = schema.columns.contains { $0.required && bound.index[$0.key] == nil }
            self.bound = schema.columns.compactMap { column in bound.index[column.key].map { (column, $0) } }
            return
        }
        rowCount += 1
        // A NUL means the bytes are not the text they seem, and with a required column missing every
        // row would repeat that: either way only those issues are reported, so rows are not read.
        if !nulIssues.isEmpty || missingRequired { return }
        lengthIssues += ImportCellCheck.lengths(record, bound: bound, header: header)
        var row = ImportRow(record: record, header: header, schema: schema)
        guard kind == .registrations else {
            rows.append(row)
            return
        }
        let read = registrations.read(&row)
        rowIssues += row.issues
        // Rows are handed on only while the file is clean: a pass that will fail writes nothing more.
        if let read, let entrant, rowIssues.isEmpty, lengthIssues.isEmpty, headerIssues.isEmpty {
            try entrant(read)
        }
    }

    func finish(unit: String?) throws -> ImportedRecords {
        guard let header else {
            throw ImportFailure(issues: [ImportIssue(line: nil, column: nil, zh: "文件是空的（没有表头）", en: "the file is empty (no header row)")])
        }
        if !nulIssues.isEmpty { throw ImportFailure(issues: nulIssues) }
        if missingRequired { throw ImportFailure(issues: headerIssues) }
        let result: ImportedRecords
        var issues = headerIssues + lengthIssues + rowIssues
        switch kind {
        case .registrations:
            result = .registrations([])
        case .recommendations:
            let (r, i) = RecommendationImport.recommendations(rows: rows, header: header, unit: unit)
            (result, issues) = (.recommendations(r), issues + i)
        case .votes:
            let (r, i) = VoteImport.snapshots(rows: rows, timeZone: registrations.timeZone)
            (result, issues) = (.votes(r), issues + i)
        case .users:
            let (r, i) = UserImport.users(rows: rows)
            (result, issues) = (.users(r), issues + i)
        case .decisions:
            let (r, i) = DecisionImport.decisions(rows: rows)
            (result, issues) = (.decisions(r), issues + i)
        }
        if !issues.isEmpty { throw ImportFailure(issues: issues) }
        return result
    }
}
