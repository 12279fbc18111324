import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// Reviewing through the app against a real file: claim on open, decide in the dialog, the next
/// entrant opens; refusals stay in the dialog; batches; the other reviewer's claim.
final class ReviewRuntimeTests: XCTestCase {
    func testPassInTheDialogRecordsAndOpensTheNextEntrant() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh)
        AppFixture.signIn(runtime, terminal, as: "王审核")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewQueue)
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewDossier)
        XCTAssertEqual(try fixture.store.claims.holder(entrantId: "BM2023-1001", round: 1), "王审核", "opening claims")
        terminal.enqueue([.char("p"), .enter])
        AppFixture.drain(runtime, terminal)
        let decision = try XCTUnwrap(try fixture.store.reviews.latest(entrantId: "BM2023-1001", round: 1))
        XCTAssertEqual(decision.outcome, .pass)
        XCTAssertEqual(decision.reasonId, "meetsAll")
        XCTAssertEqual(runtime.state.route, .reviewDossier)
        XCTAssertEqual(runtime.state.reviewDossier.entrantId, "BM2023-1005", "the next unclaimed entrant opens")
        XCTAssertEqual(try fixture.store.claims.holder(entrantId: "BM2023-1005", round: 1), "王审核")
        XCTAssertTrue(terminal.screenText.contains("BM2023-1005"), terminal.screenText)
        // q gives the entrant back and returns to the queue, which now counts one pass more.
        terminal.enqueue([.char("q")])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewQueue)
        XCTAssertNil(try fixture.store.claims.holder(entrantId: "BM2023-1005", round: 1))
        XCTAssertEqual(runtime.state.reviewQueue.page?.counts.passed, 3)
    }

    func testAWaiverNeedsItsReasonAndIsKept() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.en)
        AppFixture.signIn(runtime, terminal, as: "王审核")
        terminal.enqueue([.enter, .char("/")])
        terminal.type("BM2023-1008")
        terminal.enqueue([.enter, .enter, .char("p"), .down, .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewDecision, "no waiver reason: the dialog stays")
        XCTAssertNil(try fixture.store.reviews.latest(entrantId: "BM2023-1008", round: 1))
        // The refusal put the cursor on the waiver row.
        terminal.type("粉丝不足一万但有特别有代表性作品：《水厂夜班》")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        let decision = try XCTUnwrap(try fixture.store.reviews.latest(entrantId: "BM2023-1008", round: 1))
        XCTAssertEqual(decision.waivers.map(\.checkId), ["followers"])
        XCTAssertEqual(decision.reasonId, "representativeWork")
    }

    func testARefusalStaysInTheDialogAndNamesThePhase() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh)
        AppFixture.signIn(runtime, terminal, as: "王审核")
        terminal.enqueue([.enter, .enter])
        AppFixture.drain(runtime, terminal)
        try fixture.store.phase.set("showcase", actor: "system")
        terminal.enqueue([.char("x"), .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewDecision)
        runtime.draw()
        XCTAssertTrue(terminal.screenText.contains("只能在"), terminal.screenText)
    }

    func testAnEntrantHeldByAnotherReviewerIsShownTakenAndNSkipsIt() throws {
        let fixture = try AppFixture()
        try fixture.store.users.add(name: "钱审核", role: .reviewer, unit: "", city: "西安", pin: AppFixture.pin, actor: "system")
        _ = try fixture.store.claims.claim(entrantId: "BM2023-1001", round: 1, reviewer: "钱审核")
        let (runtime, terminal) = try fixture.runtime(.zh)
        AppFixture.signIn(runtime, terminal, as: "王审核")
        terminal.enqueue([.enter, .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewQueue, "a taken entrant does not open")
        runtime.draw()
        XCTAssertTrue(terminal.screenText.contains("钱审核"), terminal.screenText)
        terminal.enqueue([.char("n"), .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.reviewDossier.entrantId, "BM2023-1005")
    }

    func testABatchRejectsEveryMarkedEntrantAfterConfirming() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh)
        AppFixture.signIn(runtime, terminal, as: "王审核")
        // 杨帆 (1006) is not a union member; 1005 marked too. Reason: 非职工会员.
        terminal.enqueue([.enter, .down, .char(" "), .char(" "), .char("x")])
        terminal.type("非会员")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        terminal.enqueue([.char("y")])
        AppFixture.drain(runtime, terminal)
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(try fixture.store.entrants.summary(id: "BM2023-1005")?.stage, .round1Failed)
        XCTAssertEqual(try fixture.store.entrants.summary(id: "BM2023-1006")?.stage, .round1Failed)
        XCTAssertEqual(try fixture.store.reviews.latest(entrantId: "BM2023-1006", round: 1)?.reasonId, "notMember")
    }

    func testTheChafaPathAndTheFallbackDrawTheScreenshotPane() throws {
        let fixture = try AppFixture()
        try ReviewSnapshotTests.placeScreenshots(fixture)
        let fake = try ReviewSnapshotTests.fakeChafa(in: fixture.dir)
        let pictures = ScreenshotPictures(environment: ["JURYDESK_CHAFA": fake], colorLevel: .ansi256)
        let path = fixture.dir.path("screenshots/E1001-1.png")
        let drawn = pictures.picture(path: path, stored: "screenshots/E1001-1.png", width: 20, height: 4)
        XCTAssertNil(drawn.problem)
        XCTAssertEqual(drawn.rows?.first?.first?.style.foreground, .indexed(196))
        XCTAssertEqual(drawn.rows?.first?.first?.style.background, .indexed(21))
        XCTAssertEqual(drawn.rows?.last?.last?.style.attributes.contains(.reverse), true)
        let missing = ScreenshotPictures(environment: ["JURYDESK_CHAFA": "/nonexistent"])
        XCTAssertEqual(missing.picture(path: path, stored: "s", width: 20, height: 4).problem, .noChafa)
        // The real chafa, when this machine has it, draws the sample PNG into coloured cells.
        let real = ScreenshotPictures(environment: ProcessInfo.processInfo.environment, colorLevel: .ansi256)
        if real.chafa() != nil {
            let picture = real.picture(path: path, stored: "s", width: 20, height: 4)
            XCTAssertNil(picture.problem)
            XCTAssertFalse(picture.rows?.isEmpty ?? true)
            XCTAssertTrue(picture.rows?.joined().contains { $0.style.foreground != .default || $0.style.background != .default } ?? false)
        }
    }

    func testFfprobesDurationAndResolutionAreShownWithTheMismatch() throws {
        let fixture = try AppFixture()
        try FileManager.default.createDirectory(atPath: fixture.dir.path("videos"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: fixture.dir.path("videos/E1001.mp4"), contents: Data([0]))
        let probe = fixture.dir.path("fake-ffprobe")
        try "#!/bin/sh\nprintf 'width=1280\\nheight=720\\nduration=200.4\\n'\n".write(toFile: probe, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: probe)
        let (runtime, terminal) = try fixture.runtime(.en, width: 132, height: 80, ffprobe: probe)
        AppFixture.signIn(runtime, terminal, as: "王审核")
        terminal.enqueue([.enter, .enter])
        AppFixture.drain(runtime, terminal)
        runtime.draw()
        let screen = terminal.screenText
        XCTAssertTrue(screen.contains("Measured: length 3:20 · resolution 1280×720"), screen)
        XCTAssertTrue(screen.contains("Duration differs from the registration: 3:20 measured, 2:30 registered"), screen)
        XCTAssertTrue(screen.contains("Resolution differs from the registration: 720p measured, 1080p registered"), screen)
        // Without ffprobe nothing is claimed about the file.
        let (plain, plainTerminal) = try fixture.runtime(.en, width: 132, height: 80)
        AppFixture.signIn(plain, plainTerminal, as: "王审核")
        plainTerminal.enqueue([.enter, .enter])
        AppFixture.drain(plain, plainTerminal)
        plain.draw()
        XCTAssertFalse(plainTerminal.screenText.contains("Measured"))
    }

    func testWithoutADisplayOrAViewerTheScreenshotIsNotOpenedAndTheReasonIsSaid() throws {
        let fixture = try AppFixture()
        try ReviewSnapshotTests.placeScreenshots(fixture)
        let headless = ExternalViewer(environment: ["PATH": "/usr/bin:/bin"])
        XCTAssertEqual(headless.open(fixture.dir.path("screenshots/E1001-1.png")), .noDisplay(path: fixture.dir.path("screenshots/E1001-1.png")))
        let configured = ExternalViewer(environment: ["JURYDESK_VIEWER": "/bin/true"])
        XCTAssertEqual(configured.open(fixture.dir.path("screenshots/E1001-1.png")), .opened(viewer: "/bin/true"))
    }

    func testChangingADecisionAsksForTheReasonAndTheHistoryKeepsBoth() throws {
        let fixture = try AppFixture()
        let (runtime, terminal) = try fixture.runtime(.zh, width: 132, height: 60)
        AppFixture.signIn(runtime, terminal, as: "王审核")
        terminal.enqueue([.enter, .enter, .char("p"), .enter, .char("q")])
        AppFixture.drain(runtime, terminal)
        // The passed view lists 张伟; opening it again and rejecting needs the reason for the change.
        terminal.enqueue([.char("v"), .char("/")])
        terminal.type("张伟")
        terminal.enqueue([.enter, .enter, .char("x"), .enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewDecision)
        runtime.draw()
        XCTAssertTrue(terminal.screenText.contains("修改理由"), terminal.screenText)
        terminal.type("复核发现内容与职工无关")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        let history = try fixture.store.reviews.history(entrantId: "BM2023-1001")
        XCTAssertEqual(history.map(\.outcome), [.pass, .fail])
        XCTAssertEqual(history.last?.note, "复核发现内容与职工无关")
    }

    func testUnderDualReviewADisagreementGoesToTheChairWhoSettlesIt() throws {
        let fixture = try AppFixture()
        let dual = AppFixture.contestJSON.replacingOccurrences(of: "\"claimMinutes\": 15, \"dualReview\": false",
                                                               with: "\"claimMinutes\": 15, \"dualReview\": true")
        XCTAssertNotEqual(dual, AppFixture.contestJSON)
        try fixture.store.rawConnection { db in
            try db.run("UPDATE settings SET value = ? WHERE key = ?", [dual, Store.contestDefinitionKey])
        }
        try fixture.store.users.add(name: "钱审核", role: .reviewer, unit: "", city: "西安", pin: AppFixture.pin, actor: "system")
        let checks = fixture.definition.roundOne.checks.map { ManualVerdict(checkId: $0.id, passed: true) }
        try fixture.store.reviews.decide(ReviewDecisionDraft(round: 1, entrantId: "BM2023-1001", verdict: .pass, verdicts: checks),
                                         actor: "王审核")
        try fixture.store.reviews.decide(ReviewDecisionDraft(round: 1, entrantId: "BM2023-1001", verdict: .fail, verdicts: checks,
                                                             note: "内容与职工无关"), actor: "钱审核")
        XCTAssertEqual(try fixture.store.entrants.summary(id: "BM2023-1001")?.stage, .registered)

        let (runtime, terminal) = try fixture.runtime(.zh, width: 132, height: 43)
        AppFixture.signIn(runtime, terminal, as: "赵主任")
        let entry = try XCTUnwrap(HomeItem.menu(for: .chair).firstIndex(of: .reviewOverview))
        terminal.enqueue(Array(repeating: Key.down, count: entry) + [.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.route, .reviewOverview)
        runtime.draw()
        XCTAssertTrue(terminal.screenText.contains("两位审核人意见不一致"), terminal.screenText)
        // Move to the case and open it: the chair decides, and that settles it.
        for _ in 0..<40 {
            let overview = runtime.state.reviewOverview
            let lines = ReviewOverviewScreen.lines(overview.overview, runtime.state.context)
            if case .chairCase? = lines.indices.contains(overview.table.selected) ? lines[overview.table.selected].target : nil { break }
            terminal.enqueue([.char("j")])
            AppFixture.drain(runtime, terminal)
        }
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(runtime.state.reviewDossier.entrantId, "BM2023-1001")
        terminal.enqueue([.char("x"), .tab, .tab, .tab])
        terminal.type("裁定：内容与职工无关")
        terminal.enqueue([.enter])
        AppFixture.drain(runtime, terminal)
        XCTAssertEqual(try fixture.store.entrants.summary(id: "BM2023-1001")?.stage, .round1Failed)
        XCTAssertEqual(try fixture.store.reviewQueue.counts(round: 1).disputed, 0)
    }
}
