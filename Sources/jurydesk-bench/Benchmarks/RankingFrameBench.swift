import Foundation
import JuryApp
import TerminalKit

/// Benchmark 13: one frame of the chair's ranking pane at 200×60 with Chinese names, at full judging
/// size (5,000 finalists × 50 judges): the app's render of the whole screen into TerminalKit's buffer
/// and the diff against the last frame — against putting the same frame's text, line by line, into the
/// same buffer and diffing it (the text without any layout).
struct RankingFrameBench {
    let folder: TempFolder
    let frames = 300

    func run(into table: inout ReportTable) throws {
        let (store, definition) = try JudgingFile.openOrCreate(at: folder.path("ranking.sqlite"), finalists: 5_000, judges: 50)
        let app = try AppSession(store: store, definition: definition, width: 200, height: 60)
        // The chair's home: all entrants, finalists, then the ranking.
        app.press([.down, .down, .enter])
        let first = app.terminal.screenText
        guard first.contains("实时排名"), first.contains("王") || first.contains("李") else {
            throw BenchError.unexpected("the ranking pane did not open:\n\(first)")
        }
        var render: [Double] = [], frame: [Double] = [], plainPut: [Double] = [], plain: [Double] = []
        let theme = app.runtime.theme
        for i in 0..<frames {
            // Move the selection (untimed) so each frame differs from the last, as when browsing.
            app.press([i % 40 < 20 ? .down : .up])
            render.append(Stopwatch.time { App.render(app.runtime.state, into: app.terminal.makeBuffer(), theme: theme) })
            frame.append(Stopwatch.time { app.runtime.draw() })
            let lines = app.terminal.screenText.split(separator: "\n", omittingEmptySubsequences: false)
            func put() -> ScreenBuffer {
                let buffer = app.terminal.makeBuffer()
                for (y, line) in lines.enumerated() { _ = buffer.put(line, x: 0, y: y) }
                return buffer
            }
            plainPut.append(Stopwatch.time { _ = put() })
            plain.append(Stopwatch.time { app.terminal.present(put()) })
            app.runtime.draw()
        }
        let r = Samples(render), f = Samples(frame), pp = Samples(plainPut), p = Samples(plain)
        table.add(ReportRow(id: "13a", benchmark: "chair's ranking pane, render 200x60, Chinese (5000 × 50)",
                            figure: Format.duration(r.median) + "/frame",
                            baseline: Format.duration(pp.median) + " (same text put, no layout)",
                            ratio: Format.times(figure: r.median, baseline: pp.median, "its time"), runs: "\(frames)/\(frames)",
                            source: "App.render of the state (the ranking screen, status and key lines) into a fresh ScreenBuffer(200x60), p95 \(Format.duration(r.percentile(95))); baseline: the same frame's 60 lines put into a fresh buffer"))
        table.add(ReportRow(id: "13b", benchmark: "the same, + diff against the last frame",
                            figure: Format.duration(f.median) + "/frame",
                            baseline: Format.duration(p.median) + " (same text put + diff)",
                            ratio: Format.times(figure: f.median, baseline: p.median, "its time"), runs: "\(frames)/\(frames)",
                            source: "AppRuntime.draw(): App.render + HeadlessTerminal.present (diff against the last frame, keep a copy), p95 \(Format.duration(f.percentile(95))); baseline: the lines put into a fresh buffer and presented"))
        progress("ranking pane:\n" + first.split(separator: "\n").prefix(6).joined(separator: "\n"))
    }
}
