import Foundation
import JuryCore
import JuryWorkbook

/// What importing one file did: the counts per write, and initial PINs for new users.
public struct FileImportReport: Sendable {
    public var kind: ImportKind
    /// Rows read from the file.
    public var rowCount: Int
    /// One result per transaction (a recommendation file may hold several units' lists).
    public var results: [ImportResult]
    /// New users' one-time PINs, by name.
    public var initialPins: [String: String]
}

extension Store {
    /// Reads an import file (any encoding and header language the schemas accept) and writes it.
    /// A file with any bad row throws `ImportFailure` listing every problem, and nothing is written.
    /// `progress` reports how far a registrations file has been read (bytes and rows), called on the
    /// import's reading thread, so it must not touch what another thread uses without a lock.
    ///
    /// `sourceFolder` is the folder of the file: a registration's screenshot paths are relative to
    /// it and are stored resolved against it, with the entrant and in the import's transaction, so
    /// one file's folder never changes where another file's screenshots are looked for. Without
    /// it (data that came from no file) the paths are stored as written.
    /// `data` may be CSV text or an .xlsx workbook (`sheet` names which sheet; the first when nil).
    public func importFile(kind: ImportKind, data: Data, unit: String? = nil, sheet: String? = nil, sourceFolder: String? = nil,
                           actor: String, progress: ((ImportProgress) -> Void)? = nil) throws -> FileImportReport {
        // A workbook (or an .xls, which is refused with what to do) is unpacked in memory within its
        // stated limits and checked like CSV; text is streamed.
        guard sheet != nil || Self.isWorkbook(data) else {
            return try importFile(kind: kind, input: .bytes(data), unit: unit, sourceFolder: sourceFolder, actor: actor, progress: progress)
        }
        let records = try WorkbookImport.parse(kind: kind, data: data, unit: unit, sheet: sheet, timeZone: try importZone())
        return try importRecords(records, kind: kind, sourceFolder: sourceFolder, actor: actor, progress: progress)
    }

    /// Whether the bytes are an Excel file (an .xlsx workbook, or the old .xls the reader refuses).
    public static func isWorkbook(_ data: Data) -> Bool {
        let head = [UInt8](data.prefix(4))
        return WorkbookReader.isWorkbook(head) || WorkbookReader.isLegacyExcel(head)
    }

    /// The contest's time zone, for dates written without one.
    private func importZone() throws -> TimeZone {
        (try? ContestDefinition.decode(Data(settings.contestDefinitionJSON().utf8)))?.zone ?? HumanTimestamp.defaultTimeZone
    }

    /// The same from a file on disk or bytes in memory. A registrations file is streamed once and
    /// never held: every row is checked and written in one transaction (`.checking` progress, by
    /// bytes), so memory stays flat at any size and nothing is written unless the whole file is right.
    public func importFile(kind: ImportKind, input: ImportInput, unit: String? = nil, sourceFolder: String? = nil,
                           actor: String, progress: ((ImportProgress) -> Void)? = nil) throws -> FileImportReport {
        let zone = try importZone()
        if kind == .registrations {
            let (rows, result) = try importRegistrations(input, zone: zone, sourceFolder: sourceFolder, actor: actor,
                                                         progress: progress)
            return FileImportReport(kind: kind, rowCount: rows, results: [result], initialPins: [:])
        }
        let records = try ImportFile.parse(kind: kind, input: input, encoding: nil, unit: unit, timeZone: zone)
        return try importRecords(records, kind: kind, sourceFolder: sourceFolder, actor: actor, progress: progress)
    }

    /// Writes records already read and checked in full (every kind but streamed registrations).
    private func importRecords(_ records: ImportedRecords, kind: ImportKind, sourceFolder: String?, actor: String,
                               progress: ((ImportProgress) -> Void)?) throws -> FileImportReport {
        var report = FileImportReport(kind: kind, rowCount: records.count, results: [], initialPins: [:])
        switch records {
        case .registrations(var entrants):
            // Workbooks only: a CSV registrations file is streamed above.
            if let sourceFolder { entrants = Self.resolvingScreenshots(entrants, against: sourceFolder) }
            report.results = [try importEntrants(entrants, actor: actor, progress: progress)]
        case .recommendations(let list):
            // Every unit in one transaction: all of the file, or none of it.
            report.results = try importRecommendationLists(Dictionary(grouping: list, by: \.unit), actor: actor)
        case .votes(let snapshots):
            // Checked before writing so every unknown id is listed at once, as for bad rows.
            let unknown = try unknownEntrantIds(Set(snapshots.map(\.entrantId)))
            if !unknown.isEmpty {
                throw ImportFailure(issues: unknown.map { id in
                    ImportIssue(line: nil, column: "报名编号", value: id,
                                zh: "数据库中没有报名编号“\(id)”：请先导入报名表，或改正编号",
                                en: "entry id \"\(id)\" is not in the database: import the registrations first, or correct the id")
                })
            }
            report.results = [try importVotes(snapshots, actor: actor)]
        case .users(let users):
            let r = try importUsers(users, actor: actor)
            report.results = [r.result]
            report.initialPins = r.initialPins
        case .decisions:
            // Decisions are made as a signed-in person for one round: `importDecisions(_:round:actor:)`.
            throw StoreError.refused(attempt: LocalizedText(zh: "导入审核结论", en: "import decisions"),
                                     zh: "请用 jurydesk import decisions 文件 --round 1|2 --as 姓名。",
                                     en: "Use jurydesk import decisions FILE --round 1|2 --as NAME.")
        }
        return report
    }

    /// One pass inside one write: a reading thread checks each row (`RegistrationReader`) and, while
    /// the file is clean, this one upserts it; a file with any problem reads on to list them all,
    /// then throws, and the write rolls back, so nothing is written. Reading the file once (not a
    /// check pass, then a write pass) halves the parsing, and the reading overlaps the writing; the
    /// price is that the write lock is held while the file is read, which other sessions wait out
    /// as they wait out any write. Progress counts bytes read. The audit's input digest is the
    /// SHA-256 of the file's bytes, so the file can be matched to the import.
    private func importRegistrations(_ input: ImportInput, zone: TimeZone, sourceFolder: String?, actor: String,
                                     progress: ((ImportProgress) -> Void)?) throws -> (Int, ImportResult) {
        do {
            return try importRegistrations(input, encoding: nil, zone: zone, sourceFolder: sourceFolder, actor: actor, progress: progress)
        } catch let again as ReadAgainAsGB18030 {
            // An unmarked file that is not UTF-8 part-way: the rows written so far were rolled back
            // with the write; read it again, from the start, as GB18030.
            return try importRegistrations(input, encoding: .gb18030, afterUTF8Break: again.utf8Break, zone: zone,
                                           sourceFolder: sourceFolder, actor: actor, progress: progress)
        }
    }

    private struct ReadAgainAsGB18030: Error { let utf8Break: ImportScan.DecodeBreak }

    /// The page cache an import uses, in KiB (SQLite's default is 2,000).
    static let importCacheKiB = 12_288

    /// Entrants written between two sealing rounds of an import (each writes about five sealed rows).
    static let sealBatchRows = 1_000

    private func importRegistrations(_ input: ImportInput, encoding: UTF8ChunkDecoder.Encoding?,
                                     afterUTF8Break: ImportScan.DecodeBreak? = nil, zone: TimeZone,
                                     sourceFolder: String?, actor: String,
                                     progress: ((ImportProgress) -> Void)?) throws -> (Int, ImportResult) {
        let totalBytes = input.byteCount ?? 0
        // Called on the reading thread only, about a hundred times over the file.
        let reportBytes = ByteProgress(total: totalBytes, report: progress)
        var onPosition: (@Sendable (ImportScan.Position) -> Void)?
        if progress != nil { onPosition = { @Sendable p in reportBytes.update(p) } }
        let restarting: @Sendable (ImportScan.DecodeBreak) throws -> Void = { throw ReadAgainAsGB18030(utf8Break: $0) }
        var rows = 0
        // A bigger page cache for the import only: at 100,000 entrants the seven entrant indexes
        // outgrow SQLite's default 2 MiB, and every miss is a read from the WAL.
        let cacheBefore = try database.scalar("PRAGMA cache_size")?.int64 ?? -2000
        try database.execute("PRAGMA cache_size = -\(Self.importCacheKiB)")
        defer { try? database.execute("PRAGMA cache_size = \(cacheBefore)") }
        let result = try write(actor: actor, action: "import.entrants", subject: "") { (ctx: WriteContext) throws -> ImportResult in
            try ctx.require(.importData)
            var r = ImportResult(inputSHA256: "")
            let reader = RegistrationReader(input: input, encoding: encoding, zone: zone, sourceFolder: sourceFolder,
                                            progress: onPosition, afterUTF8Break: afterUTF8Break, restarting: restarting)
            defer { reader.cancelAndJoin() }
            // Into an empty table (the first import, the big one) every row is new: the reader refuses
            // an id the file repeats, so there is no stored digest to look up.
            let empty = try ctx.db.scalar("SELECT NOT EXISTS (SELECT 1 FROM entrants)")?.int64 == 1
            let finished = try ctx.queueingInsertsByHand([.entrants, .accounts, .works]) {
                try self.writeRows(from: reader, ctx: ctx, allNew: empty, into: &r)
            }
            rows = finished.outcome.rows
            r.inputSHA256 = finished.inputSHA256
            ctx.subject = "\(rows)"
            // Newly imported entrants may be the ones earlier recommendation lists name.
            try RecommendationMatcher.matchUnmatched(db: ctx.db)
            ctx.addDetail("counts", r.auditDetail)
            return r
        }
        return (rows, result)
    }

    /// Upserts what the reader hands on until the end of the file, and returns what the pass found
    /// (or throws what it failed with: the write then rolls back).
    private func writeRows(from reader: RegistrationReader, ctx: WriteContext, allNew: Bool,
                           into r: inout ImportResult) throws -> RegistrationReader.Finished {
        var written = 0
        let inserters = try EntrantRows.Inserters.sealing(ctx)
        while true {
            switch reader.take() {
            case .rows(let batch):
                for row in batch {
                    try upsertEntrant(row.entrant, content: row.contentDigest, ctx: ctx, inserters: inserters, knownNew: allNew, into: &r)
                    written += 1
                    // Seal as we go: a queue of the whole file's rows would grow without bound.
                    if written % Self.sealBatchRows == 0 { try ctx.sealQueuedRows() }
                }
            case .end(let end):
                return try end.get()
            }
        }
    }

    /// The ids among `ids` that name no entrant, sorted.
    func unknownEntrantIds(_ ids: Set<String>) throws -> [String] {
        let known = Set(try database.query("SELECT id FROM entrants").compactMap { $0.string("id") })
        return ids.subtracting(known).sorted()
    }

    /// The folder an import file sits in, absolute and with symlinks followed.
    public static func folder(ofImportFile path: String) -> String {
        URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.deletingLastPathComponent().path
    }

    /// Entrants with every relative screenshot path made absolute against `folder`.
    static func resolvingScreenshots(_ entrants: [Entrant], against folder: String) -> [Entrant] {
        let base = URL(fileURLWithPath: folder, isDirectory: true)
        return entrants.map { e in
            var e = e
            for i in e.accounts.indices {
                e.accounts[i].screenshots = e.accounts[i].screenshots.map { p in
                    p.hasPrefix("/") ? p : base.appendingPathComponent(p).standardizedFileURL.path
                }
            }
            return e
        }
    }

    /// The setting that held the folder screenshot paths were relative to, before they were stored
    /// resolved; still read for entrants imported by older versions.
    public static let mediaFolderKey = "media.folder"
}
