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
    /// A file with any bad row throws `ImportFailure` listing every problem, before anything is written.
    /// `progress` reports the rows of a registrations file as they are written (see `importEntrants`).
    ///
    /// `sourceFolder` is the folder of the file: a registration's screenshot paths are relative to
    /// it and are stored resolved against it, with the entrant and in the import's transaction, so
    /// one file's folder never changes where another file's screenshots are looked for. Without
    /// it (data that came from no file) the paths are stored as written.
    /// `data` may be CSV text or an .xlsx workbook (`sheet` names which sheet; the first when nil).
    public func importFile(kind: ImportKind, data: Data, unit: String? = nil, sheet: String? = nil, sourceFolder: String? = nil,
                           actor: String, progress: ((ImportProgress) -> Void)? = nil) throws -> FileImportReport {
        let zone = (try? ContestDefinition.decode(Data(settings.contestDefinitionJSON().utf8)))?.zone
            ?? HumanTimestamp.defaultTimeZone
        let records = try WorkbookImport.parse(kind: kind, data: data, unit: unit, sheet: sheet, timeZone: zone)
        var report = FileImportReport(kind: kind, rowCount: records.count, results: [], initialPins: [:])
        switch records {
        case .registrations(var entrants):
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
