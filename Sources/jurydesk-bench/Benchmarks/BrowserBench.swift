import JuryStore

/// Benchmark 1: one browser page (200 rows) and filtered counts on 100,000 entrants, against reading
/// every summary (what a browser without paging would do).
struct BrowserBench {
    let store: Store
    let pageRuns = 21
    let baselineRuns = 5

    func run(into table: inout ReportTable) throws {
        let total = try store.entrants.count()
        guard total == BigDatabase.entrantCount else {
            throw BenchError.unexpected("the big database holds \(total) entrants, not \(BigDatabase.entrantCount)")
        }
        var loaded = 0
        let baseline = try Stopwatch.samples(runs: baselineRuns) {
            loaded = try store.entrants.page(EntrantQuery(limit: total)).count
        }
        guard loaded == total else { throw BenchError.unexpected("the full read returned \(loaded) of \(total) rows") }
        let baselineText = "\(Format.duration(baseline.median)) (all \(total))"

        let cases: [(id: String, label: String, query: EntrantQuery)] = [
            ("1a", "page 200, offset 0, by id", EntrantQuery(limit: 200)),
            ("1b", "page 200, offset 49,900, by id", EntrantQuery(limit: 200, offset: 49_900)),
            ("1c", "page 200, offset 99,800, by id", EntrantQuery(limit: 200, offset: 99_800)),
            ("1d", "page 200, by followers desc", EntrantQuery(sort: .followersDescending, limit: 200)),
            ("1e", "page 200, followers, offset 50,000", EntrantQuery(sort: .followersDescending, limit: 200, offset: 50_000)),
            ("1f", "page 200, filter 西安, by name", EntrantQuery(search: "西安", sort: .name, limit: 200)),
            ("1g", "page 200, filter 环卫, by followers", EntrantQuery(search: "环卫", sort: .followersDescending, limit: 200)),
            ("1h", "page, filter 王晓明 (rare, <200 hits)", EntrantQuery(search: "王晓明", limit: 200)),
        ]
        for c in cases {
            var rows = 0
            let s = try Stopwatch.samples(runs: pageRuns, warmup: 2) { rows = try store.entrants.page(c.query).count }
            table.add(ReportRow(id: c.id, benchmark: c.label + " [\(rows) rows]", figure: Format.duration(s.median) + "/page",
                                baseline: baselineText, ratio: Format.cheaper(figure: s.median, baseline: baseline.median),
                                runs: "\(pageRuns)/\(baselineRuns)",
                                source: "Store.entrants.page(\(describe(c.query))) on the 100k file; baseline Store.entrants.page(limit: \(total)), median of each"))
        }
        let counts: [(id: String, label: String, query: EntrantQuery)] = [
            ("1i", "count, no filter", EntrantQuery()),
            ("1j", "count, filter 环卫", EntrantQuery(search: "环卫")),
            ("1k", "count, filter 西安 + douyin", EntrantQuery(search: "西安", platform: .douyin)),
        ]
        for c in counts {
            var n = 0
            let s = try Stopwatch.samples(runs: pageRuns, warmup: 2) { n = try store.entrants.count(c.query) }
            table.add(ReportRow(id: c.id, benchmark: c.label + " [= \(n)]", figure: Format.duration(s.median),
                                baseline: baselineText, ratio: Format.cheaper(figure: s.median, baseline: baseline.median),
                                runs: "\(pageRuns)/\(baselineRuns)",
                                source: "Store.entrants.count(\(describe(c.query, paged: false)))"
                                    + (c.query.search.isEmpty ? " (SELECT count(*), no WHERE)" : " (SELECT count(*) … instr(search_text, …): scans every row)")
                                    + "; same baseline as 1a"))
        }
    }

    private func describe(_ q: EntrantQuery, paged: Bool = true) -> String {
        var parts: [String] = []
        if !q.search.isEmpty { parts.append("search: \"\(q.search)\"") }
        if let p = q.platform { parts.append("platform: .\(p.rawValue)") }
        if q.sort != .id { parts.append("sort: .\(q.sort.rawValue)") }
        if paged { parts.append("limit: \(q.limit)") }
        if paged, q.offset > 0 { parts.append("offset: \(q.offset)") }
        return parts.joined(separator: ", ")
    }
}
