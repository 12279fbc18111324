import Foundation
@testable import JuryApp
import JuryCore
import JuryStore
import JuryTestSupport
import TerminalKit
import XCTest

/// A real store in a temporary folder with a dozen fixed entrants, four users and a fixed clock,
/// plus helpers to run the app against it headlessly.
final class AppFixture {
    let dir: TemporaryDirectory
    let store: Store
    let definition: ContestDefinition
    /// 2023-09-05 10:00 in Shanghai: round one is under way.
    static let now = Date(timeIntervalSince1970: 1_693_879_200)
    static let pin = "2468"

    static let contestJSON: String = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return (try? String(contentsOf: root.appendingPathComponent("SampleData/contest.json"), encoding: .utf8)) ?? ""
    }()

    init(entrants: [Entrant] = AppFixture.entrants, users: Bool = true) throws {
        dir = try TemporaryDirectory("jurydesk-app")
        store = try Store.create(at: dir.path("jury.sqlite"), contestDefinitionJSON: AppFixture.contestJSON)
        store.clock = { AppFixture.now }
        definition = try ContestDefinition.decode(Data(AppFixture.contestJSON.utf8))
        try store.importEntrants(entrants, actor: "system")
        if users {
            // One short PIN for every role keeps the screen tests' typing short; real files need 6 for admins and the chair.
            try store.settings.set(PinPolicy.privilegedKey, "4", actor: "system")
            try store.users.add(name: "王审核", role: .reviewer, unit: "陕西省总工会宣教部", city: "西安", pin: AppFixture.pin, actor: "system")
            try store.users.add(name: "李评委", role: .judge, unit: "西安交通大学新闻与新媒体学院", city: "西安", pin: AppFixture.pin, actor: "system")
            try store.users.add(name: "赵主任", role: .chair, unit: "陕西省总工会", city: "西安", pin: AppFixture.pin, actor: "system")
            try store.users.add(name: "admin", role: .admin, unit: "信息中心", city: "西安", pin: AppFixture.pin, actor: "system")
        }
        try store.phase.set("selection", actor: "system")
        if entrants.count >= 6 {
            try AppFixture.decide(store, 1, entrants[1].id, .pass)
            try AppFixture.decide(store, 1, entrants[2].id, .fail)
            try AppFixture.decide(store, 1, entrants[3].id, .pass)
            try AppFixture.decide(store, 2, entrants[3].id, .pass)
            try store.importRecommendations([Recommendation(unit: "西安市总工会", sequence: 1, name: entrants[0].name,
                                                            employer: entrants[0].employer, platform: .douyin,
                                                            nickname: entrants[0].accounts.first?.nickname ?? "",
                                                            phone: entrants[0].phone, note: "")],
                                            unit: "西安市总工会", actor: "system")
            try store.importVotes([VoteSnapshot(entrantId: entrants[0].id, votes: 12_345,
                                                takenAt: Date(timeIntervalSince1970: 1_695_384_000))], actor: "system")
        }
    }

    var path: String { store.path }

    /// Puts an entrant at the stage a decision would lead to, as another session would. The fixtures'
    /// entrants are not built to pass every check, so this sets the stage directly; the rules a real
    /// decision must pass are tested in JuryStoreTests.
    static func decide(_ store: Store, _ round: Int, _ id: String, _ verdict: ReviewVerdict) throws {
        let stage = round == 1 ? ReviewStage.derive(roundOne: verdict, roundTwo: nil) : ReviewStage.derive(roundOne: .pass, roundTwo: verdict)
        try store.rawConnection { db in
            try db.run("UPDATE entrants SET review_stage = ?, updated_at = ? WHERE id = ?", [stage.rawValue, store.nowText, id])
        }
    }

    func state(_ language: Language, width: Int = 80, height: Int = 24) -> AppState {
        AppState(language: language, definition: definition, databasePath: "/srv/jury/jury.sqlite",
                 size: Size(width: width, height: height), now: AppFixture.now)
    }

    /// A runtime on a headless terminal, started (users and phase loaded, login drawn).
    func runtime(_ language: Language, width: Int = 80, height: Int = 24, viewer: ExternalViewer = ExternalViewer(environment: [:]),
                 watcher: Bool = false, chafa: String = "/nonexistent",
                 ffprobe: String = "/nonexistent",
                 clock: @escaping () -> Date = { AppFixture.now }) throws -> (AppRuntime, HeadlessTerminal) {
        let terminal = HeadlessTerminal(width: width, height: height)
        let runner = EffectRunner(store: store, definition: definition, viewer: viewer)
        // Screenshots are drawn only by the chafa a test names, so snapshots do not depend on the machine.
        runner.pictures = ScreenshotPictures(environment: ["JURYDESK_CHAFA": chafa], colorLevel: .ansi256)
        runner.videoProbe = VideoProbe(environment: ["JURYDESK_FFPROBE": ffprobe])
        let runtime = AppRuntime(state: state(language, width: width, height: height), terminal: terminal,
                                 runner: runner,
                                 theme: .monochrome, watcher: watcher ? try ChangeWatcher(store: store) : nil,
                                 clock: clock)
        runtime.start()
        return (runtime, terminal)
    }

    /// Signs in as `name` by typing on the login screen.
    static func signIn(_ runtime: AppRuntime, _ terminal: HeadlessTerminal, as name: String) {
        let index = runtime.state.login.users.firstIndex { $0.name == name } ?? 0
        terminal.enqueue([.home] + Array(repeating: Key.down, count: index) + [.enter])
        terminal.type(AppFixture.pin)
        terminal.enqueue([.enter])
        drain(runtime, terminal)
    }

    /// Handles every queued key.
    static func drain(_ runtime: AppRuntime, _ terminal: HeadlessTerminal) {
        while terminal.pendingKeyCount > 0 { runtime.step() }
    }

    /// 600 entrants (three browser windows of 200), half of them in 西安; ids follow the number,
    /// names sort differently ("达人10" before "达人2").
    static let sixHundred: [Entrant] = (0..<600).map { i in
        Entrant(id: String(format: "S%04d", i), name: "达人\(i)", phone: "13800000000", union: "工会", employer: "单位\(i % 7)",
                city: i % 2 == 0 ? "西安" : "宝鸡", isUnionMember: true,
                accounts: [Account(platform: .douyin, nickname: "n\(i)", followers: 10_000 + i)])
    }

    static let entrants: [Entrant] = {
        let names = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰", "吴霞", "徐明", "孙丽"]
        let employers = ["国网陕西省电力公司", "西安地铁运营分公司", "陕西煤业化工集团", "延安市人民医院", "宝鸡市第一中学",
                         "陕西省邮政分公司", "西安市公交总公司", "咸阳市供水公司", "汉中市中心医院", "榆林市环卫处", "渭南市消防救援支队", "安康市妇幼保健院"]
        let cities = ["西安", "西安", "咸阳", "延安", "宝鸡", "西安", "西安", "咸阳", "汉中", "榆林", "渭南", "安康"]
        let platforms: [Platform] = [.douyin, .kuaishou, .bilibili, .weibo, .wechat, .xiaohongshu]
        return names.indices.map { i in
            let followers = [123_456, 8_600, 15_000, 1_050_000, 23_400, 56_700, 10_000, 9_999, 31_000, 77_000, 12_000, 45_600][i]
            var accounts = [Account(platform: platforms[i % platforms.count], nickname: "\(names[i])的日常", homepage: "https://v.example.cn/u/\(1000 + i)",
                                    followers: followers, since: CalendarDay(year: 2020 + i % 3, month: 1 + i % 12), originalPercent: 60 + i * 3,
                                    screenshots: ["screenshots/E\(1001 + i)-1.png"])]
            if i % 4 == 0 {
                accounts.append(Account(platform: .weibo, nickname: "小\(names[i])", followers: 2_000 + i, since: CalendarDay(year: 2022, month: 6),
                                        originalPercent: 90, screenshots: ["screenshots/E\(1001 + i)-2.png"]))
            }
            return Entrant(id: "BM2023-\(1001 + i)", name: names[i], phone: "1380291\(String(format: "%04d", 1234 + i))",
                           union: "陕西省总工会", employer: employers[i], city: cities[i], isUnionMember: i != 5,
                           accounts: accounts,
                           pastWork: i == 7 ? nil : PastWork(title: "一线工人的一天（第\(i + 1)期）", platform: platforms[i % platforms.count],
                                                             url: "https://v.example.cn/w/\(2000 + i)"),
                           entryVideo: EntryVideo(title: "平凡岗位上的光", file: "videos/E\(1001 + i).mp4", durationSeconds: 150 + i * 5,
                                                  resolution: i == 4 ? 480 : 1080, topic: Topic.allCases[i % Topic.allCases.count],
                                                  hashtagPosted: i != 6),
                           registeredAt: Date(timeIntervalSince1970: 1_691_000_000 + Double(i) * 3600))
        }
    }()
}
