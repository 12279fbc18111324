import XCTest
@testable import JuryCore

final class ImportRegistrationTests: XCTestCase {
    private let header = ["报名编号", "姓名", "手机号", "所在工会", "工作单位", "城市", "是否工会会员",
                          "平台1", "昵称1", "主页1", "粉丝数1", "开通时间1", "原创占比1", "截图1",
                          "平台2", "昵称2", "粉丝数2",
                          "往期作品标题", "往期作品平台", "往期作品链接",
                          "参评视频标题", "视频文件", "时长", "分辨率", "选题", "是否带话题发布", "报名时间"]

    private func row(_ id: String, name: String = "王建军", phone: String = "13812345678", member: String = "是",
                     followers: String = "1.2万", since: String = "2021年3月", platform2: String = "", followers2: String = "",
                     duration: String = "2:45") -> [String] {
        [id, name, phone, "西安市总工会", "西安市公交集团", "西安", member,
         "抖音", "公交王师傅", "https://example.com/u/1", followers, since, "90%", "shots/a.png; shots/b.png",
         platform2, platform2.isEmpty ? "" : "王师傅2", followers2,
         "凌晨四点的发车站", "抖音", "https://example.com/v/1",
         "方向盘上的二十年", "videos/1.mp4", duration, "1920×1080", "专业技能劳动美", "√", "2023-08-15 14:03"]
    }

    private func parse(_ rows: [[String]]) throws -> [Entrant] {
        try ImportFile.registrations(Data(CSVWriter().data(rows)))
    }

    private func issues(_ rows: [[String]]) -> [ImportIssue] {
        do {
            _ = try parse(rows)
            XCTFail("expected the import to fail")
            return []
        } catch {
            return (error as? ImportFailure)?.issues ?? []
        }
    }

    func testHappyPath() throws {
        let entrants = try parse([header, row("BM1"), row("BM2", name: "李娜", phone: "+86 139-1234-5678", member: "N",
                                                         followers: "10万+", since: "202105", platform2: "快手", followers2: "8,600")])
        XCTAssertEqual(entrants.count, 2)
        let a = entrants[0]
        XCTAssertEqual(a.id, "BM1")
        XCTAssertEqual(a.phone, "13812345678")
        XCTAssertTrue(a.isUnionMember)
        XCTAssertEqual(a.accounts, [Account(platform: .douyin, nickname: "公交王师傅", homepage: "https://example.com/u/1",
                                            followers: 12000, since: CalendarDay(year: 2021, month: 3), originalPercent: 90,
                                            screenshots: ["shots/a.png", "shots/b.png"])])
        XCTAssertEqual(a.pastWork, PastWork(title: "凌晨四点的发车站", platform: .douyin, url: "https://example.com/v/1"))
        XCTAssertEqual(a.entryVideo, EntryVideo(title: "方向盘上的二十年", file: "videos/1.mp4", durationSeconds: 165,
                                                resolution: 1080, topic: .skill, hashtagPosted: true))
        XCTAssertEqual(a.registeredAt.map(HumanTimestamp.isoUTC), "2023-08-15T06:03:00Z")
        let b = entrants[1]
        XCTAssertEqual(b.phone, "13912345678")
        XCTAssertFalse(b.isUnionMember)
        XCTAssertEqual(b.accounts.map(\.followers), [100_000, 8600])
        XCTAssertEqual(b.accounts.map(\.platform), [.douyin, .kuaishou])
    }

    func testFreeTextKeepsFullWidthPunctuationWhileCodesAndNumbersAreNormalised() throws {
        var r = row("ＢＭ２０２３－０００１", name: "王建军", followers: "１.２万")
        r[4] = "国网西安供电公司（职工评委）"
        r[13] = "截图（1）.png"
        r[20] = "风雪中的青春，你好！"
        let entrant = try XCTUnwrap(try parse([header, r]).first)
        XCTAssertEqual(entrant.id, "BM2023-0001", "an id is a code: full-width digits fold")
        XCTAssertEqual(entrant.accounts.first?.followers, 12_000)
        XCTAssertEqual(entrant.employer, "国网西安供电公司（职工评委）", "names keep their punctuation as written")
        XCTAssertEqual(entrant.entryVideo?.title, "风雪中的青春，你好！")
        XCTAssertEqual(entrant.accounts.first?.screenshots, ["截图（1）.png"], "a path must name the real file")
    }

    func testHeadersMatchLooselyAndEnglish() throws {
        let english = ["Entry ID", "NAME", "phone", "union", "member", "platform 1", "nickname 1", "followers 1"]
        let loose = ["报名编号", "姓 名", "手机号码", "所在工会", "*是否工会会员", "平台１", "昵称1", "粉丝量1"]
        for h in [english, loose] {
            let entrants = try parse([h, ["BM1", "王建军", "13812345678", "西安市总工会", "yes", "快手", "王", "８６００"]])
            XCTAssertEqual(entrants.first?.accounts.first?.followers, 8600)
            XCTAssertNil(entrants.first?.entryVideo)
        }
    }

    func testEveryRowProblemIsReportedWithLines() {
        let found = issues([
            header,
            row("BM1"),
            row("BM2", phone: "1381234"),                  // line 3: bad phone
            row("BM3", followers: "很多"),                  // line 4: bad number
            row("BM4", since: "2021-13"),                  // line 5: bad date
            row("BM1", name: "张伟", phone: "13900001111"),  // line 6: duplicate id
            row("BM5", member: "maybe", platform2: "快手", followers2: "", duration: "abc"), // line 7: three problems
        ])
        let summary = found.map { "\($0.line ?? 0) \($0.column ?? "-") \($0.value)" }
        XCTAssertEqual(summary, ["3 手机号 1381234", "4 粉丝数1 很多", "5 开通时间1 2021-13", "6 报名编号 BM1",
                                 "7 是否工会会员 maybe", "7 粉丝数2 ", "7 时长 abc"])
        XCTAssertTrue(found[3].zh.contains("第 2 行和第 6 行"), found[3].zh)
        XCTAssertTrue(found.allSatisfy { !$0.zh.isEmpty && !$0.en.isEmpty })
    }

    func testUnknownAndMissingColumnsAreAllListed() {
        var h = header
        h[1] = "姓明"           // misspelt: unknown, and 姓名 is then missing
        h.append("备用列")
        let found = issues([h, row("BM1")])
        XCTAssertEqual(found.count, 2)
        XCTAssertTrue(found[0].zh.contains("姓明") && found[0].zh.contains("备用列"), found[0].zh)
        XCTAssertEqual(found[1].column, "姓名")
        XCTAssertTrue(found[1].en.contains("accepted headers"), found[1].en)
    }

    func testUnknownColumnDoesNotHideRowProblems() {
        var h = header
        h.append("备用列")
        var r = row("BM1", phone: "123")
        r.append("x")
        XCTAssertEqual(issues([h, r]).count, 2)
    }

    func testUnquotedCommaSpillsIsReported() throws {
        let text = "报名编号,姓名,手机号,所在工会,是否工会会员,平台1,昵称1,粉丝数1\nBM1,王建军,13812345678,西安市总工会,是,抖音,王,1,2万\n"
        XCTAssertThrowsError(try ImportFile.parse(kind: .registrations, text: text)) { error in
            XCTAssertEqual((error as? ImportFailure)?.issues.first?.line, 2)
        }
    }

    func testAPartlyFilledGroupNamesTheColumnTheFileLacks() throws {
        // A video duration without the title column: the fix is to add a column, not fill a cell.
        let text = "报名编号,姓名,手机号,所在工会,是否工会会员,平台1,昵称1,粉丝数1,时长,分辨率,选题,是否带话题发布\n"
            + "BM1,王建军,13812345678,西安市总工会,是,抖音,王,2万,2:30,1080p,专业技能劳动美,是\n"
            + "BM2,李娜,13912345678,西安市总工会,是,抖音,李,2万,,1080p,专业技能劳动美,是\n"
        XCTAssertThrowsError(try ImportFile.parse(kind: .registrations, text: text)) { error in
            let found = (error as? ImportFailure)?.issues ?? []
            let absent = found.filter { $0.column == "参评视频标题" }
            XCTAssertEqual(absent.map(\.line), [2, 3])
            XCTAssertTrue(absent.allSatisfy { $0.zh.contains("文件中没有这一列") }, "\(absent)")
            let empty = found.filter { $0.column == "时长" }
            XCTAssertEqual(empty.map(\.line), [3])
            XCTAssertEqual(empty.first?.zh, "必填项为空")
        }
    }

    func testExcelScientificPhoneHasItsOwnAdvice() {
        let found = issues([header, row("BM1", phone: "1.38123E+10")])
        XCTAssertTrue(found.first?.zh.contains("科学计数法") ?? false)
    }

    func testDecodingAndCSVFailuresBecomeIssues() {
        XCTAssertThrowsError(try ImportFile.parse(kind: .users, data: Data([0x41, 0xFF, 0xFF]))) { error in
            XCTAssertTrue((error as? ImportFailure)?.issues.first?.zh.contains("第 1 字节") ?? false)
        }
        XCTAssertThrowsError(try ImportFile.parse(kind: .users, text: "姓名,角色\n\"张三,评委\n")) { error in
            XCTAssertEqual((error as? ImportFailure)?.issues.first?.line, 2)
        }
        XCTAssertThrowsError(try ImportFile.parse(kind: .users, text: "\n\n"))
    }

    func testGB18030FileImports() throws {
        // 姓名,角色\r\n张三,评委 in GB18030.
        let bytes: [UInt8] = [0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xBD, 0xC7, 0xC9, 0xAB, 0x0D, 0x0A,
                              0xD5, 0xC5, 0xC8, 0xFD, 0x2C, 0xC6, 0xC0, 0xCE, 0xAF]
        XCTAssertEqual(try ImportFile.users(Data(bytes)), [UserRecord(name: "张三", role: .judge)])
    }
}
