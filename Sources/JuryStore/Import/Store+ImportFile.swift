import Foundation
import JuryCore

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
    public func importFile(kind: ImportKind, data: Data, unit: String? = nil, actor: String,
                           progress: ((ImportProgress) -> Void)? = nil) throws -> FileImportReport {
        let zone = (try? ContestDefinition.decode(Data(settings.contestDefinitionJSON().utf8)))?.zone
            ?? HumanTimestamp.defaultTimeZone
        let records = try ImportFile.parse(kind: kind, data: data, unit: unit, timeZone: zone)
        var report = FileImportReport(kind: kind, rowCount: records.count, results: [], initialPins: [:])
        switch records {
        case .registrations(let entrants):
            report.results = [try importEntrants(entrants, actor: actor, progress: progress)]
        case .recommendations(let list):
            let byUnit = Dictionary(grouping: list, by: \.unit)
            for u in byUnit.keys.sorted() {
                report.results.append(try importRecommendations(byUnit[u] ?? [], unit: u, actor: actor))
            }
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
        }
        return report
    }

    /// The ids among `ids` that name no entrant, sorted.
    func unknownEntrantIds(_ ids: Set<String>) throws -> [String] {
        let known = Set(try database.query("SELECT id FROM entrants").compactMap { $0.string("id") })
        return ids.subtracting(known).sorted()
    }

    /// Remembers the folder of a registrations file: its screenshot paths are relative to it.
    public func rememberMediaFolder(ofImportFile path: String, actor: String) throws {
        let folder = URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent().path
        if try settings.value(for: Store.mediaFolderKey) != folder {
            try settings.set(Store.mediaFolderKey, folder, actor: actor)
        }
    }

    /// The setting that holds the folder screenshot paths are relative to.
    public static let mediaFolderKey = "media.folder"
}
