import XCTest
import JuryTestSupport
@testable import TerminalKit

final class TextWrapperTests: XCTestCase {
    func testLatinBreaksAtSpacesAndHardBreaksLongWords() {
        XCTAssertEqual(TextWrapper.wrap("the quick brown fox", width: 10), ["the quick", "brown fox"])
        XCTAssertEqual(TextWrapper.wrap("abcdefghijkl xy", width: 5), ["abcde", "fghij", "kl xy"])
        XCTAssertEqual(TextWrapper.wrap("a\n\nb", width: 5), ["a", "", "b"])
        XCTAssertEqual(TextWrapper.wrap("", width: 5), [""])
    }

    func testChineseBreaksBetweenCharacters() {
        XCTAssertEqual(TextWrapper.wrap("评委打分规则说明", width: 6), ["评委打", "分规则", "说明"])
    }

    func testNoClosingPunctuationAtLineStart() {
        // Width 8 would put "，" at the start of line 2; kinsoku carries "委" down with it.
        let lines = TextWrapper.wrap("各位评委，请打分。", width: 8)
        for line in lines { XCTAssertFalse(TextWrapper.noBreakBefore.contains(line.first ?? "a"), "line starts with \(line)") }
        XCTAssertEqual(lines, ["各位评", "委，请打", "分。"])
        XCTAssertEqual(TextWrapper.wrap("各位评委，请打分。", width: 6), ["各位评", "委，请", "打分。"])
    }

    func testNoOpeningPunctuationAtLineEnd() {
        let lines = TextWrapper.wrap("作品名为「春天」的作者", width: 10)
        for line in lines { XCTAssertFalse(TextWrapper.noBreakAfter.contains(line.last ?? "a"), "line ends with \(line)") }
        XCTAssertEqual(lines, ["作品名为", "「春天」的", "作者"])
    }

    func testMixedChineseAndLatin() {
        XCTAssertEqual(TextWrapper.wrap("使用Swift编写的评审系统", width: 10), ["使用Swift", "编写的评审", "系统"])
    }

    func testChineseParagraphAt80x24() {
        let text = """
        　　本届大赛面向全国网络创作者征集原创作品，分为初审、复审和终审三个阶段。初审由评审员对报名者身份、账号主页及作品进行资格审核；复审由专家评委按照“思想性、艺术性、传播力”三个维度分别打分（每项满分10分，可精确到0.5分）。

        　　评委须独立评分，不得与其他评委交流意见。如与参赛者存在利益关系，应当主动申请回避。Scores are entered in tenths of a point and aggregated with a trimmed mean.
        """
        let screen = render(width: 80, height: 24) { region in
            let inner = Box(title: "评审须知").draw(into: region.region(Rect(x: 0, y: 0, width: 80, height: 16)))
            TextView(text).draw(into: inner.region(Rect(x: 1, y: 0, width: inner.width - 2, height: inner.height)))
            let narrow = Box(title: "窄栏").draw(into: region.region(Rect(x: 0, y: 16, width: 33, height: 8)))
            TextView(text).draw(into: narrow, scrollOffset: 2)
        }
        assertSnapshot(screen, named: "textview-chinese-80x24")
    }
}
