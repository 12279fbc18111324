import JuryStore

/// Benchmark 4: latency of single audited writes (`settings.set`: BEGIN IMMEDIATE, upsert, audit row
/// with its hash chain, COMMIT) in WAL with synchronous=FULL, against the same UPDATE as a bare
/// autocommit statement on the same connection.
struct AuditedWriteBench {
    let folder: TempFolder
    let writes = 200
    let warmup = 10

    func run(into table: inout ReportTable) throws {
        let store = try Store.create(at: folder.path("writes.sqlite"), contestDefinitionJSON: BigDatabase.contestJSON)
        let mode = try store.rawConnection { try $0.scalar("PRAGMA journal_mode") }?.string ?? "?"
        let sync = try store.rawConnection { try $0.scalar("PRAGMA synchronous") }?.int64 ?? -1
        guard mode == "wal", sync == 2 else {
            throw BenchError.unexpected("expected WAL + synchronous=FULL(2), found \(mode) + \(sync)")
        }
        let key = "bench.counter"
        try store.settings.set(key, "0", actor: "cli:bench")

        var audited: [Double] = []
        var bare: [Double] = []
        // Interleaved in blocks, so a burst of disk activity from other processes hits both alike.
        let block = 20
        var i = 0
        for _ in 0..<warmup { i += 1; try store.settings.set(key, String(i), actor: "cli:bench") }
        for _ in 0..<warmup { i += 1; try bareUpdate(store, key, i) }
        while audited.count < writes {
            for _ in 0..<block {
                i += 1
                let value = String(i)
                audited.append(try Stopwatch.time { try store.settings.set(key, value, actor: "cli:bench") })
            }
            for _ in 0..<block {
                i += 1
                let n = i
                bare.append(try Stopwatch.time { try bareUpdate(store, key, n) })
            }
        }
        let a = Samples(audited), b = Samples(bare)
        let label = "(\(mode), synchronous=FULL)"
        table.add(ReportRow(id: "4a", benchmark: "audited write, median \(label)", figure: Format.ms(a.median),
                            baseline: Format.ms(b.median), ratio: Format.times(figure: a.median, baseline: b.median, "the bare UPDATE"),
                            runs: "\(writes)/\(writes)",
                            source: "Store.settings.set (Store.write: BEGIN IMMEDIATE + upsert + audit_log row + COMMIT) on a fresh file; baseline: UPDATE settings … in autocommit via Database.run on the same connection"))
        table.add(ReportRow(id: "4b", benchmark: "audited write, p95", figure: Format.ms(a.percentile(95)),
                            baseline: Format.ms(b.percentile(95)),
                            ratio: Format.times(figure: a.percentile(95), baseline: b.percentile(95), "the bare UPDATE"),
                            runs: "\(writes)/\(writes)",
                            source: "same samples as 4a, nearest-rank 95th percentile (max: audited \(Format.ms(a.percentile(100))), bare \(Format.ms(b.percentile(100))))"))
    }

    private func bareUpdate(_ store: Store, _ key: String, _ n: Int) throws {
        try store.rawConnection { try $0.run("UPDATE settings SET value = ?, updated_at = ? WHERE key = ?", [String(n), store.nowText, key]) }
    }
}
