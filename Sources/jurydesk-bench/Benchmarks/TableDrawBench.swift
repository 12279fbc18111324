import TerminalKit

/// Benchmark 2: one frame of the virtualised table over 100,000 rows in a 132×43 screen (clear, draw,
/// diff against the previous frame, keep the frame), against the same table drawn into a buffer tall
/// enough to show every row.
struct TableDrawBench {
    static let rowCount = 100_000
    let screen = (width: 132, height: 43)
    let framesPerSample = 200
    let windowRuns = 9
    let fullRuns = 3

    /// Counts the rows the table asks for, i.e. what a data source would have to fetch.
    final class FetchCounter {
        var count = 0
    }

    func run(into table: inout ReportTable) {
        let rows = Self.makeRows()
        let counter = FetchCounter()
        var view = TableView(columns: Self.columns, rowCount: rows.count) { i in
            counter.count += 1
            return rows[i]
        }
        view.sort = TableView.Sort(column: 5, ascending: false)

        // Window: every frame scrolls by one row (the selection sits on the last visible line), so the
        // diff has real work on every line, as when holding the down-arrow key.
        let buffer = ScreenBuffer(width: screen.width, height: screen.height)
        let visible = view.visibleRows(height: screen.height)
        var previous: ScreenBuffer? = nil
        var frame = 50_000
        var changedRuns = 0
        func drawFrame(_ buffer: ScreenBuffer, _ state: TableState) {
            buffer.clear()
            view.draw(into: buffer.region, state: state)
            changedRuns += buffer.diff(from: previous).count
            previous = buffer.copy()
        }
        counter.count = 0
        var framesDrawn = 0
        let window = Stopwatch.samples(runs: windowRuns, warmup: 1) {
            for _ in 0..<framesPerSample {
                frame += 1
                drawFrame(buffer, TableState(selected: frame, offset: frame - visible + 1))
                framesDrawn += 1
            }
        }
        let perFrame = window.median / Double(framesPerSample)
        let fetchedPerFrame = Double(counter.count) / Double(framesDrawn)
        let windowFrames = framesDrawn

        // Everything: one buffer as tall as the header plus all rows; the selection moves by one each frame.
        let tall = ScreenBuffer(width: screen.width, height: rows.count + 1)
        previous = nil
        counter.count = 0
        framesDrawn = 0
        var selected = 0
        let full = Stopwatch.samples(runs: fullRuns, warmup: 1) {
            selected += 1
            drawFrame(tall, TableState(selected: selected, offset: 0))
            framesDrawn += 1
        }
        let fullFetched = Double(counter.count) / Double(framesDrawn)
        previous = nil

        table.add(ReportRow(id: "2a", benchmark: "table frame 132x43 over 100k rows", figure: Format.duration(perFrame) + "/frame",
                            baseline: Format.duration(full.median) + "/frame (all rows)",
                            ratio: Format.cheaper(figure: perFrame, baseline: full.median),
                            runs: "\(windowRuns)x\(framesPerSample)/\(fullRuns)",
                            source: "TableView.draw into ScreenBuffer(132x43) + diff(from: previous) + copy(), scrolling one row per frame; baseline: same into ScreenBuffer(132x100001)"))
        table.add(ReportRow(id: "2b", benchmark: "rows fetched per frame", figure: String(format: "%.0f rows", fetchedPerFrame),
                            baseline: String(format: "%.0f rows", fullFetched),
                            ratio: Format.cheaper(figure: fetchedPerFrame, baseline: fullFetched, "fewer"),
                            runs: "\(windowFrames)/\(framesDrawn)",
                            source: "calls of TableView.row during the frames of 2a (window) and of its baseline (all rows)"))
    }

    static let columns: [TableColumn] = [
        TableColumn("编号", width: .fixed(8)),
        TableColumn("姓名", width: .fixed(10)),
        TableColumn("工作单位", width: .flexible(weight: 3, minimum: 12)),
        TableColumn("城市", width: .fixed(6)),
        TableColumn("平台", width: .flexible(weight: 2, minimum: 8)),
        TableColumn("粉丝", width: .fixed(9), alignment: .right),
        TableColumn("阶段", width: .fixed(10)),
    ]

    /// Rows like the entrants browser shows (mostly double-width text), built once in memory so the
    /// figure is the drawing alone.
    static func makeRows() -> [[String]] {
        let surnames = Array("王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗")
        let given = ["晓明", "建国", "丽娟", "志强", "秀英", "海燕", "伟", "敏", "静", "磊", "子涵", "一鸣"]
        let employers = ["国网陕西省电力公司", "西安地铁运营分公司", "西安市环卫中心", "陕西建工集团第五建筑工程有限公司",
                         "中国铁路西安局集团", "西北工业大学"]
        let cities = ["西安", "宝鸡", "咸阳", "渭南", "延安", "汉中"]
        let platforms = ["抖音", "快手, 微博", "B站", "视频号, 小红书, 头条号"]
        let stages = ["已报名", "初审通过", "初审未通过", "复审通过", "入围"]
        return (0..<rowCount).map { n in
            [String(format: "E%06d", n + 1), String(surnames[n % surnames.count]) + given[(n / 20) % given.count],
             employers[n % employers.count], cities[n % cities.count], platforms[n % platforms.count],
             String((n * 7919) % 490_000 + 10_000), stages[n % stages.count]]
        }
    }
}
