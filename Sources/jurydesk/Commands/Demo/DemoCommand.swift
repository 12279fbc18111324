import Foundation
import JuryApp
import JuryCore
import JuryStore

/// `jurydesk demo [--db PATH] [--sample DIR] [--phase review|judging|awards] [--no-open]`: a fresh
/// demo database from SampleData, loaded through the same import paths a real contest uses, carried
/// as far as `--phase` says (nothing decided without it), then the workstation on it.
enum DemoCommand {
    /// Demo PINs by role (also in the README): administrators and the chair need 6 digits.
    static let demoPins: [Role: String] = [.reviewer: "1111", .judge: "2222", .chair: "333333", .admin: "000000"]

    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 0, usage: c.usage)
        let sample = try sampleFolder(c)
        var progress: DemoProgress?
        if let phase = c.args.value("phase") {
            guard let known = DemoProgress(rawValue: phase) else {
                throw c.unknownKind(what: c.t.pick(zh: "演示阶段", en: "demo phase"), phase, choices: DemoProgress.allCases.map(\.rawValue))
            }
            progress = known
        }
        // Not $JURYDESK_DB: that names the user's real file, and the demo rebuilds its file from scratch.
        let dbPath = c.args.value("db") ?? "demo/jurydesk.sqlite"
        guard try isDemoOrAbsent(dbPath, c) else {
            c.note(c.t(.cliDemoRefuses, ["path": dbPath]))
            return 73
        }
        let folder = URL(fileURLWithPath: dbPath).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let store = try build(at: dbPath, from: sample, c)
        try progress?.apply(to: store)
        let entrants = try store.entrants.count()
        let units = try store.recommendations.units().count
        let votes = try store.votes.snapshotCount()
        let users = try store.users.list().count
        c.say(c.t(.cliDemoBuilt, ["path": dbPath, "entrants": String(entrants), "units": String(units),
                                  "votes": String(votes), "users": String(users)]))
        c.say(c.t(.cliDemoPins))
        if c.args.flag("no-open") || isatty(STDIN_FILENO) != 1 { return 0 }
        return try Workstation.run(WorkstationOptions(databasePath: dbPath, language: c.args.value("lang"),
                                                      theme: c.args.value("theme"),
                                                      themeSearchPaths: JuryDesk.themeSearchPaths(), journal: c.journal))
    }

    /// Creates the database afresh and imports every sample file.
    static func build(at dbPath: String, from sample: URL, _ c: CommandContext) throws -> Store {
        let contest = try c.read(sample.appendingPathComponent("contest.json").path)
        let store = try Store.create(at: dbPath, contestDefinitionJSON: String(decoding: contest, as: UTF8.self),
                                     force: true, journal: c.journal)
        let actor = "cli:demo"
        let registrations = sample.appendingPathComponent("registrations.csv").path
        _ = try store.importFile(kind: .registrations, data: try c.read(registrations),
                                 sourceFolder: Store.folder(ofImportFile: registrations), actor: actor)
        // One list per unit, named after the unit (the notice's form has no unit column).
        for file in try csvFiles(in: sample.appendingPathComponent("recommendations")) {
            let unit = file.deletingPathExtension().lastPathComponent
            _ = try store.importFile(kind: .recommendations, data: try c.read(file.path), unit: unit, actor: actor)
        }
        for file in try csvFiles(in: sample.appendingPathComponent("votes")) {
            _ = try store.importFile(kind: .votes, data: try c.read(file.path), actor: actor)
        }
        // Before the users: once the demo's admin exists, the command line must act as a signed-in user.
        try store.phase.set("selection", actor: actor)
        try store.settings.set(demoMarker, "SampleData", actor: actor)
        let people = try ImportFile.users(c.read(sample.appendingPathComponent("users.csv").path))
        // The admin last, for the same reason.
        for person in people.sorted(by: { ($0.role == .admin ? 1 : 0) < ($1.role == .admin ? 1 : 0) }) {
            try store.users.add(name: person.name, role: person.role, unit: person.unit, city: person.city,
                                pin: demoPins[person.role] ?? "1111", actor: actor)
        }
        return store
    }

    /// The setting that marks a file as built by `demo`, so a rebuild may replace it.
    static let demoMarker = "demo.built_from"

    /// Whether `path` may be (re)built: it does not exist, or an earlier demo made it.
    static func isDemoOrAbsent(_ path: String, _ c: CommandContext) throws -> Bool {
        guard FileManager.default.fileExists(atPath: path) else { return true }
        guard let store = try? Store.open(at: path, journal: c.journal) else { return false }
        return (try? store.settings.value(for: demoMarker)) != nil
    }

    static func csvFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "csv" }
            .sorted { $0.lastPathComponent.localizedStandardCompare($1.lastPathComponent) == .orderedAscending }
    }

    /// `--sample DIR`, else ./SampleData, else the installed samples (`PREFIX/share/jurydesk/sample`),
    /// else SampleData in the package a development binary was built from.
    static func sampleFolder(_ c: CommandContext) throws -> URL {
        var candidates: [String] = []
        if let given = c.args.value("sample") { candidates = [given] } else {
            candidates.append(FileManager.default.currentDirectoryPath + "/SampleData")
            candidates.append(JuryDesk.installedShare().appendingPathComponent("sample").path)
            if let root = JuryDesk.packageRoot() { candidates.append(root.appendingPathComponent("SampleData").path) }
        }
        for path in candidates where FileManager.default.fileExists(atPath: path + "/contest.json") {
            return URL(fileURLWithPath: path)
        }
        throw Arguments.Problem(message: c.t(.cliSampleMissing, ["dir": candidates.joined(separator: ", ")]))
    }
}
