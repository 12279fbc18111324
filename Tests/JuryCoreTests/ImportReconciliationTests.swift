import XCTest
@testable import JuryCore

final class ImportReconciliationTests: XCTestCase {
    private func entrant(_ id: String, _ name: String, _ phone: String, nickname: String) -> Entrant {
        Entrant(id: id, name: name, phone: phone, union: "西安市总工会", employer: "", city: "西安", isUnionMember: true,
                accounts: [Account(platform: .douyin, nickname: nickname, followers: 12000)])
    }

    private func rec(_ unit: String, _ n: Int, _ name: String, _ phone: String, nickname: String) -> Recommendation {
        Recommendation(unit: unit, sequence: n, name: name, employer: "", platform: .douyin, nickname: nickname, phone: phone)
    }

    func testMatchesByPhoneThenNameAndNickname() {
        let entrants = [entrant("BM1", "王建军", "13800000001", nickname: "公交王师傅"),
                        entrant("BM2", "李娜", "13800000002", nickname: "地铁小李"),
                        entrant("BM3", "张伟", "13800000003", nickname: "电力张"),
                        entrant("BM4", "张伟", "13800000004", nickname: "电力张")]
        var recs = [rec("A", 1, "王建军", "13800000001", nickname: "x"),        // phone
                    rec("A", 2, "李 娜", "13999999999", nickname: "地铁小李"),   // name + nickname, phone copied wrong
                    rec("A", 3, "王健军", "13800000001", nickname: ""),          // phone, name typo
                    rec("A", 4, "赵六", "13700000000", nickname: "赵六"),        // not registered
                    rec("A", 5, "张伟", "13600000000", nickname: "电力张")]      // two candidates
        for n in 6...10 { recs.append(rec("A", n, "某\(n)", "1370000000\(n % 10)", nickname: "n\(n)")) }
        recs.append(rec("B", 1, "李娜", "13800000002", nickname: "地铁小李"))
        let r = Reconciliation.reconcile(entrants: entrants, recommendations: recs)
        XCTAssertEqual(r.matches.map { "\($0.recommendation.unit)\($0.recommendation.sequence)→\($0.entrantId) \($0.basis) \($0.nameDiffers)" },
                       ["A1→BM1 phone false", "A2→BM2 nameAndNickname false", "A3→BM1 phone true", "B1→BM2 phone false"])
        XCTAssertEqual(r.unregistered.map(\.sequence), [4, 6, 7, 8, 9, 10])
        XCTAssertEqual(r.ambiguous.map(\.sequence), [5])
        XCTAssertEqual(r.shortUnits, [Reconciliation.ShortUnit(unit: "B", count: 1)])
        XCTAssertEqual(r.recommendedEntrantIds, ["BM1", "BM2"])
    }
}
