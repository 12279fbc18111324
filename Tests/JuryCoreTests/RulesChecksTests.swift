import Foundation
import XCTest
@testable import JuryCore

final class RulesChecksTests: XCTestCase {
    private var definition: ContestDefinition!
    private let asOf = ISO8601DateFormatter().date(from: "2023-09-02T02:00:00Z") ?? Date()

    override func setUpWithError() throws {
        definition = try ContestFixtures.contest()
    }

    /// An entrant who passes every automatic check; tests change one fact at a time.
    private func entrant(followers: [Int] = [12_000], since: CalendarDay? = CalendarDay(year: 2021, month: 3),
                         original: Int? = 80, member: Bool = true, duration: Int = 150, resolution: Int = 1080,
                         hashtag: Bool = true, pastWork: PastWork? = PastWork(title: "车间里的光", url: "https://example.org/w/1"),
                         video: Bool = true) -> Entrant {
        let accounts = followers.enumerated().map { i, f in
            Account(platform: i == 0 ? .douyin : .weibo, nickname: "acct\(i)", followers: f,
                    since: i == 0 ? since : nil, originalPercent: i == 0 ? original : nil)
        }
        let entry = EntryVideo(title: "焊花", durationSeconds: duration, resolution: resolution, topic: .skill,
                               hashtagPosted: hashtag)
        return Entrant(id: "E001", name: "张三", phone: "13800005678", union: "西安市总工会", employer: "某厂",
                       city: "西安", isUnionMember: member, accounts: accounts, pastWork: pastWork,
                       entryVideo: video ? entry : nil)
    }

    private func roundOne(_ e: Entrant, _ id: String) -> CheckResult? {
        RoundOneChecks.evaluate(e, definition: definition, asOf: asOf).first { $0.id == id }
    }

    private func roundTwo(_ e: Entrant, _ id: String) -> CheckResult? {
        RoundTwoChecks.evaluate(e, definition: definition, asOf: asOf).first { $0.id == id }
    }

    func testAllChecksPassOrAwaitReviewForAGoodEntrant() {
        let one = RoundOneChecks.evaluate(entrant(), definition: definition, asOf: asOf)
        XCTAssertEqual(one.map(\.id), ["unionMember", "accountAge", "originalShare", "followers", "contentRelevance", "noBadRecord"])
        XCTAssertEqual(one.map(\.outcome), [.pass, .pass, .pass, .pass, .needsReview, .needsReview])
        let two = RoundTwoChecks.evaluate(entrant(), definition: definition, asOf: asOf)
        XCTAssertEqual(two.map(\.outcome), [.pass, .pass, .pass, .pass, .pass, .needsReview])
    }

    func testFollowerThresholdEdges() {
        XCTAssertEqual(roundOne(entrant(followers: [10_000]), "followers")?.outcome, .pass)
        let short = roundOne(entrant(followers: [9_999]), "followers")
        XCTAssertEqual(short?.outcome, .fail)
        XCTAssertEqual(short?.reason.zh, "合计 9,999 < 10,000")
        XCTAssertEqual(short?.reason.en, "in total 9,999 < 10,000")
        XCTAssertEqual(short?.waivable, true)
        // Followers are summed over accounts by default (basis "total").
        XCTAssertEqual(roundOne(entrant(followers: [6_000, 4_000]), "followers")?.outcome, .pass)
    }

    func testFollowersOnTheMainAccountWhenTheDefinitionSaysSo() throws {
        let data = try ContestFixtures.variant(#""basis": "total""#, #""basis": "mainAccount""#)
        definition = try ContestDefinition.decode(data)
        let result = roundOne(entrant(followers: [6_000, 4_000]), "followers")
        XCTAssertEqual(result?.outcome, .fail)
        XCTAssertEqual(result?.reason.zh, "主账号 6,000 < 10,000")
    }

    func testFollowerFailureIsWaivedOnlyWithAReason() throws {
        let results = RoundOneChecks.evaluate(entrant(followers: [9_999]), definition: definition, asOf: asOf)
        let manual = [ManualVerdict(checkId: "contentRelevance", passed: true), ManualVerdict(checkId: "noBadRecord", passed: true)]
        XCTAssertEqual(try ReviewOutcome.decide(results: results, verdicts: manual).status, .failed)
        XCTAssertThrowsError(try ReviewOutcome.decide(results: results, waivers: [Waiver(checkId: "followers", reason: "  ")],
                                                      verdicts: manual)) { error in
            guard case .waiverNeedsReason(let id, let hint) = error as? ReviewError else { return XCTFail("\(error)") }
            XCTAssertEqual(id, "followers")
            XCTAssertNotNil(hint)
        }
        let outcome = try ReviewOutcome.decide(results: results,
                                               waivers: [Waiver(checkId: "followers", reason: "特别有代表性作品：《焊花》")],
                                               verdicts: manual)
        XCTAssertEqual(outcome.status, .passed)
        XCTAssertEqual(outcome.resolution(of: "followers"), .waived(reason: "特别有代表性作品：《焊花》"))
    }

    func testUnwaivableChecksRefuseWaivers() {
        let results = RoundOneChecks.evaluate(entrant(member: false), definition: definition, asOf: asOf)
        XCTAssertThrowsError(try ReviewOutcome.decide(results: results, waivers: [Waiver(checkId: "unionMember", reason: "x")])) {
            XCTAssertEqual($0 as? ReviewError, .notWaivable(checkId: "unionMember"))
        }
        XCTAssertThrowsError(try ReviewOutcome.decide(results: results, waivers: [Waiver(checkId: "nope", reason: "x")])) {
            XCTAssertEqual($0 as? ReviewError, .unknownCheck(checkId: "nope"))
        }
    }

    func testManualVerdictsDecidePendingChecks() throws {
        let results = RoundOneChecks.evaluate(entrant(), definition: definition, asOf: asOf)
        let pending = try ReviewOutcome.decide(results: results, verdicts: [ManualVerdict(checkId: "contentRelevance", passed: true)])
        XCTAssertEqual(pending.status, .pending)
        XCTAssertEqual(pending.pendingCheckIds, ["noBadRecord"])
        let failed = try ReviewOutcome.decide(results: results, verdicts: [
            ManualVerdict(checkId: "contentRelevance", passed: true), ManualVerdict(checkId: "noBadRecord", passed: false)])
        XCTAssertEqual(failed.status, .failed)
        XCTAssertEqual(failed.failedCheckIds, ["noBadRecord"])
    }

    func testAccountAgeAndOriginalShare() {
        // Measured on 2023-08-31: an account from 2023-02-28 is 6 months old, from 2023-03-01 only 5.
        XCTAssertEqual(roundOne(entrant(since: CalendarDay(year: 2023, month: 2, day: 28)), "accountAge")?.outcome, .pass)
        XCTAssertEqual(roundOne(entrant(since: CalendarDay(year: 2023, month: 3, day: 1)), "accountAge")?.outcome, .fail)
        XCTAssertEqual(roundOne(entrant(since: nil), "accountAge")?.outcome, .needsReview)
        XCTAssertEqual(roundOne(entrant(original: 60), "originalShare")?.outcome, .pass)
        XCTAssertEqual(roundOne(entrant(original: 59), "originalShare")?.reason.zh, "主账号 59% < 60%")
        XCTAssertEqual(roundOne(entrant(original: nil), "originalShare")?.outcome, .needsReview)
        XCTAssertEqual(roundOne(entrant(followers: []), "followers")?.outcome, .fail)
        XCTAssertEqual(roundOne(entrant(member: false), "unionMember")?.outcome, .fail)
    }

    func testVideoDurationEdges() {
        XCTAssertEqual(roundTwo(entrant(duration: 180), "videoDuration")?.outcome, .pass)
        let long = roundTwo(entrant(duration: 181), "videoDuration")
        XCTAssertEqual(long?.outcome, .fail)
        XCTAssertEqual(long?.reason.zh, "时长 181 秒 > 180")
    }

    func testResolutionEdges() {
        XCTAssertEqual(roundTwo(entrant(resolution: 720), "videoResolution")?.outcome, .pass)
        XCTAssertEqual(roundTwo(entrant(resolution: 719), "videoResolution")?.outcome, .fail)
        // A resolution is a name, not a quantity: no thousands separator.
        let uhd = roundTwo(entrant(resolution: 2160), "videoResolution")
        XCTAssertEqual(uhd?.reason.en, "2160p ≥ 720p")
        XCTAssertEqual(uhd?.reason.zh, "2160p ≥ 720p")
    }

    /// The reason follows the check's label ("Union member: …"), so it answers it instead of repeating it.
    func testUnionMemberReasonAnswersTheLabel() {
        XCTAssertEqual(roundOne(entrant(), "unionMember")?.reason, LocalizedText(zh: "是", en: "Yes"))
        let no = roundOne(entrant(member: false), "unionMember")
        XCTAssertEqual(no?.reason.zh, "否（报名表未登记为会员）")
        XCTAssertEqual(no?.reason.en, "No (not a member on the registration form)")
    }

    func testHashtagPastWorkAndMissingVideo() {
        XCTAssertEqual(roundTwo(entrant(hashtag: false), "hashtag")?.outcome, .fail)
        XCTAssertEqual(roundTwo(entrant(pastWork: nil), "pastWork")?.outcome, .fail)
        let noVideo = RoundTwoChecks.evaluate(entrant(video: false), definition: definition, asOf: asOf)
        XCTAssertEqual(noVideo.filter { $0.outcome == .fail }.map(\.id), ["videoDuration", "videoResolution", "hashtag", "topic"])
    }

    func testTopicOutsideTheAllowedList() throws {
        let data = try ContestFixtures.variant(#""allowed": ["skill", "service", "era", "family", "other"]"#, #""allowed": ["service"]"#)
        definition = try ContestDefinition.decode(data)
        XCTAssertEqual(roundTwo(entrant(), "topic")?.outcome, .fail)
    }

    func testReviewErrorMessagesAreBilingual() {
        let error = ReviewError.waiverNeedsReason(checkId: "followers", hint: LocalizedText(zh: "特别有代表性作品", en: "representative work"))
        XCTAssertTrue(error.message(language: .zhHans).contains("特别有代表性作品"))
        XCTAssertTrue(error.message(language: .en).contains("representative work"))
    }
}
