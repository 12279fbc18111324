import XCTest
import JuryTestSupport
@testable import TerminalKit

final class OverlayWidgetTests: XCTestCase {
    private let help = HelpOverlay(title: "快捷键帮助", entries: [
        .init("", "导航"),
        .init("↑/↓", "上下移动"), .init("PgUp/PgDn", "翻页"), .init("Home/End", "第一条 / 最后一条"),
        .init("", "评审"),
        .init("Enter", "打开参赛者档案"), .init("s", "录入评分"), .init("a", "通过（初审）"), .init("r", "退回并填写理由"),
        .init("Ctrl-S", "保存并提交"), .init("o", "在外部查看器中打开主页截图"), .init("/", "搜索姓名、账号或单位"),
        .init("", "其他"),
        .init("?", "显示 / 关闭本帮助"), .init("q", "退出 JuryDesk"),
    ])

    private func backgroundScreen(_ region: Region) {
        for y in 0..<region.height { region.put(String(repeating: "背景文字", count: 40), x: 0, y: y) }
    }

    func testHelpOverlayChinese80x24() {
        let screen = render(width: 80, height: 24) { region in
            backgroundScreen(region)
            help.draw(into: region)
        }
        assertSnapshot(screen, named: "help-chinese-80x24")
    }

    func testHelpOverlayScrollsWhenTooTall() {
        var overlay = help
        XCTAssertTrue(overlay.handle(.pageDown, visibleRows: 6))
        let screen = render(width: 50, height: 10) { region in overlay.draw(into: region) }
        assertSnapshot(screen, named: "help-scrolled-50x10")
        XCTAssertFalse(overlay.handle(.escape))
    }

    func testConfirmDialogChinese() {
        let dialog = ConfirmDialog(title: "确认提交", message: "提交后评分将锁定，不能再修改。确定要提交作品 0042《春天的声音》的全部评分吗？",
                                   yesLabel: "确定(Y)", noLabel: "取消(N)")
        let small = render(width: 80, height: 24) { region in
            backgroundScreen(region)
            dialog.draw(into: region)
        }
        assertSnapshot(small, named: "dialog-chinese-80x24")
        var focusedYes = dialog
        _ = focusedYes.handle(.right)
        let large = render(width: 132, height: 43) { region in focusedYes.draw(into: region) }
        assertSnapshot(large, named: "dialog-chinese-132x43")
    }

    func testConfirmDialogKeys() {
        var dialog = ConfirmDialog(title: "t", message: "m")
        XCTAssertEqual(dialog.handle(.enter), .cancelled)
        XCTAssertEqual(dialog.handle(.char("Y")), .confirmed)
        XCTAssertEqual(dialog.handle(.char("n")), .cancelled)
        XCTAssertEqual(dialog.handle(.escape), .cancelled)
        XCTAssertNil(dialog.handle(.tab))
        XCTAssertEqual(dialog.handle(.enter), .confirmed)
        XCTAssertNil(dialog.handle(.char("x")))
    }

    func testStatusBarTruncatesLeftFirst() {
        let bar = StatusBar(left: ["评委 王老师", "第二轮复审", "已评 12/40"], right: ["? 帮助", "q 退出"])
        let lines = [40, 25, 13, 5].map { width -> String in
            let buffer = ScreenBuffer(width: width, height: 1)
            bar.draw(into: buffer.region)
            return buffer.lines(trimmingTrailingSpaces: false)[0] + "|"
        }
        assertSnapshot(lines.joined(separator: "\n") + "\n", named: "statusbar-widths")
    }

    func testDashboard132x43() {
        let chart = BarChart(items: [
            .init("思想性", 8.25), .init("艺术性", 7.5), .init("传播力", 9.125), .init("原创性", 6.0), .init("技术", 3.3),
        ], maxValue: 10)
        let screen = render(width: 132, height: 43) { region in
            let left = Box(title: "维度平均分").draw(into: region.region(Rect(x: 0, y: 0, width: 66, height: 9)))
            chart.draw(into: left)
            let right = Box(title: "每小时评分数").draw(into: region.region(Rect(x: 66, y: 0, width: 66, height: 9)))
            Sparkline([1, 3, 7, 12, 9, 15, 22, 18, 25, 30, 28, 20, 14, 10, 6, 4, 8, 16, 24, 32]).draw(into: right)
            let progress = Box(title: "评委进度").draw(into: region.region(Rect(x: 0, y: 9, width: 132, height: 6)))
            ProgressBar(fraction: 0.0, label: "张伟", labelWidth: 8).draw(into: progress.region(Rect(x: 1, y: 0, width: 60, height: 1)))
            ProgressBar(fraction: 0.42, label: "欧阳娜娜", labelWidth: 8).draw(into: progress.region(Rect(x: 1, y: 1, width: 60, height: 1)))
            ProgressBar(fraction: 0.999, label: "李娜", labelWidth: 8).draw(into: progress.region(Rect(x: 1, y: 2, width: 60, height: 1)))
            ProgressBar(fraction: 1.0, label: "王芳", labelWidth: 8).draw(into: progress.region(Rect(x: 1, y: 3, width: 60, height: 1)))
            StatusBar(left: ["主席 · 实时排名"], right: ["WAL 已同步", "14:05:32"]).draw(into: region.region(Rect(x: 0, y: 42, width: 132, height: 1)))
        }
        assertSnapshot(screen, named: "dashboard-132x43")
    }

    func testBarAndSparklineGlyphs() {
        XCTAssertEqual(BlockGlyphs.bar(fraction: 0.5, width: 4), "██")
        XCTAssertEqual(BlockGlyphs.bar(fraction: 1.0 / 32.0, width: 4), "▏")
        XCTAssertEqual(BlockGlyphs.bar(fraction: 0.3, width: 4), "█▎") // 9.6 eighths round to 10
        XCTAssertEqual(BlockGlyphs.bar(fraction: 2, width: 3), "███")
        XCTAssertEqual(BlockGlyphs.bar(fraction: .nan, width: 3), "")
        XCTAssertEqual(Sparkline([0, 1, 2, 3, 4, 5, 6, 7]).render(), "▁▂▃▄▅▆▇█")
        XCTAssertEqual(Sparkline([5, 5]).render(), "▅▅")
        XCTAssertEqual(Sparkline([1, 2, 3]).render(width: 2), "▁█")
        XCTAssertEqual(Sparkline([]).render(), "")
        XCTAssertEqual(ProgressBar(fraction: 0.426).percentText, " 42%")
        XCTAssertEqual(ProgressBar(fraction: 0.999).percentText, " 99%")
    }

    func testTooSmallNoticeAtTinySizes() {
        let message = "窗口太小，请将终端放大到至少 80×24。"
        for (w, h) in [(20, 5), (1, 1), (0, 0), (3, 1), (79, 24)] {
            let screen = render(width: w, height: h) { region in
                TooSmallNotice.draw(into: region, message: message)
            }
            if (w, h) == (20, 5) || (w, h) == (79, 24) { assertSnapshot(screen, named: "too-small-\(w)x\(h)") }
            XCTAssertEqual(screen.split(separator: "\n").count, h + 2)
        }
        XCTAssertTrue(TooSmallNotice.isTooSmall(Size(width: 79, height: 30)))
        XCTAssertFalse(TooSmallNotice.isTooSmall(Size(width: 80, height: 24)))
        // Every other widget must survive a zero-sized region as well.
        let empty = ScreenBuffer(width: 0, height: 0).region
        help.draw(into: empty)
        ConfirmDialog(title: "t", message: "m").draw(into: empty)
        StatusBar(left: ["a"], right: ["b"]).draw(into: empty)
        BarChart(items: [.init("a", 1)]).draw(into: empty)
        ProgressBar(fraction: 0.5).draw(into: empty)
        TextView("文字").draw(into: empty)
        Box(title: "x").draw(into: empty)
        TableView(columns: [TableColumn("a")], rowCount: 3) { _ in ["x"] }.draw(into: empty, state: TableState())
        let one = ScreenBuffer(width: 1, height: 1).region
        help.draw(into: one)
        ConfirmDialog(title: "t", message: "m").draw(into: one)
        TableView(columns: [TableColumn("a")], rowCount: 3) { _ in ["x"] }.draw(into: one, state: TableState())
    }
}
