import Foundation
import JuryCore
@_spi(Benchmarks) import JuryStore

/// Benchmark 3: `importEntrants` of 10,000 entrants (one audited transaction with upsert, change
/// detection and recommendation matching), against the importer's own INSERTs of the same rows in one
/// transaction without any of that (`insertEntrantRowsUnaudited`);
/// and the idempotent re-import (every row unchanged) against the first import.
struct ImportBench {
    let folder: TempFolder
    let entrantCount = 10_000
    let runs = 3

    func run(into table: inout ReportTable) throws {
        let entrants = BenchEntrants.make(count: entrantCount)
        var first: [Double] = []
        var again: [Double] = []
        var plain: [Double] = []
        // Round 0 is a warm-up (page cache, code paths); rounds 1...runs are kept.
        for round in 0...runs {
            let imported = try freshStore("import-\(round)")
            var result = ImportResult()
            let t1 = try Stopwatch.time { result = try imported.importEntrants(entrants, actor: "cli:bench") }
            guard result.inserted == entrantCount else { throw BenchError.unexpected("first import inserted \(result.inserted)") }
            let t2 = try Stopwatch.time { result = try imported.importEntrants(entrants, actor: "cli:bench") }
            guard result.unchanged == entrantCount else { throw BenchError.unexpected("re-import left \(result.unchanged) unchanged") }

            let bare = try freshStore("plain-\(round)")
            let t3 = try Stopwatch.time { try bare.insertEntrantRowsUnaudited(entrants) }
            let stored = try bare.entrants.count()
            guard stored == entrantCount else { throw BenchError.unexpected("plain insert stored \(stored)") }
            if round > 0 { first.append(t1); again.append(t2); plain.append(t3) }
        }
        let f = Samples(first), a = Samples(again), p = Samples(plain)
        let n = Double(entrantCount)
        table.add(ReportRow(id: "3a", benchmark: "in-process importEntrants, 10,000 parsed (new)", figure: Format.rate(n / f.median, "entrants"),
                            baseline: Format.rate(n / p.median, "entrants"),
                            ratio: Format.times(figure: f.median, baseline: p.median, "the time"),
                            runs: "\(runs)",
                            source: "writing only, no file and no parsing (see 8a for the whole import): Store.importEntrants (one BEGIN IMMEDIATE write, audit row, input SHA-256, upsert, matcher) into a fresh file; baseline: Store.insertEntrantRowsUnaudited (the importer's own INSERTs of entrants/accounts/works, nothing else) in one transaction on a fresh file"))
        table.add(ReportRow(id: "3b", benchmark: "in-process re-import, 10,000 parsed (unchanged)", figure: Format.rate(n / a.median, "entrants"),
                            baseline: Format.rate(n / f.median, "entrants") + " (3a)",
                            ratio: Format.times(figure: a.median, baseline: f.median, "the time"),
                            runs: "\(runs)",
                            source: "Store.importEntrants of the same array again on the file of 3a (all 10,000 reported unchanged); baseline: the first import (3a)"))
    }

    private func freshStore(_ name: String) throws -> Store {
        try Store.create(at: folder.path("\(name).sqlite"), contestDefinitionJSON: BigDatabase.contestJSON)
    }
}
