import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// The printable results sheet: the winners award by award in columns aligned by display width
/// (a Chinese character takes two cells), the method and weights, the time, the chain head as the
/// results' 校验码, and a signature line for every judge and the chair.
enum ResultsSheet {
    static func text(store: Store, language: MessageLanguage) throws -> String {
        let zh = language == .zh
        let definition = try store.contestDefinition()
        let (snapshot, ranking) = try store.results.ranking(definition: definition)
        let awards = try store.awards.all()
        let head = try store.results.chainHead()
        let locked = try store.results.isLocked()
        var out: [String] = []
        out.append(zh ? definition.title.zh : definition.title.en)
        out.append(zh ? "评选结果" : "Results")
        out.append("")
        out.append(ResultsRepository.methodLine(ranking.method, policy: definition.voting, language: language))
        out.append((zh ? "打印时间：" : "Printed: ") + store.nowText)
        out.append((zh ? "结果状态：" : "Results: ") + (locked ? (zh ? "已锁定" : "locked") : (zh ? "未锁定（尚可更改）" : "NOT locked (may still change)")))
        out.append((zh ? "校验码（审计链头）：" : "Chain head: ") + (head?.text ?? "–"))
        let widths = [6, 14, 10, 24, 7]
        func row(_ cells: [String]) -> String {
            zip(cells, widths).enumerated().map { i, pair in
                let (cell, w) = pair
                return cell.truncated(toWidth: w).padded(toWidth: w, alignment: i == 0 || i == 4 ? .right : .left)
            }.joined(separator: "  ")
        }
        for category in definition.awards.categories {
            let winners = awards.filter { $0.awardId == category.id }.sorted { $0.rank < $1.rank }
            out.append("")
            out.append("\(zh ? category.label.zh : category.label.en)（\(winners.count)/\(category.count)）")
            out.append(row(zh ? ["名次", "报名编号", "姓名", "工作单位", "综合分"] : ["Rank", "Entry id", "Name", "Employer", "Score"]))
            for w in winners {
                let e = snapshot.index(of: w.entrantId)
                let r = e.flatMap { i in ranking.rows.first { $0.entrant == i } }
                out.append(row([String(w.rank), w.entrantId, e.map { snapshot.finalists[$0].name } ?? "",
                                e.map { snapshot.finalists[$0].employer } ?? "", r?.combined.map(ScoreRounding.display) ?? ""]))
            }
        }
        out.append("")
        out.append(zh ? "评审团签名：" : "Jury signatures:")
        let chairs = try store.users.list().filter { $0.role == .chair && $0.active }.map(\.name)
        for name in snapshot.judges + chairs {
            let label = (zh ? "评委 " : "Judge ") + name
            let role = chairs.contains(name) ? (zh ? "评审组长 " : "Chair ") + name : label
            out.append(role.padded(toWidth: 24) + (zh ? "签名：" : "Signature: ") + String(repeating: "_", count: 24)
                       + (zh ? "  日期：" : "  Date: ") + String(repeating: "_", count: 12))
        }
        return out.map(TerminalSafeText.escape).joined(separator: "\n") + "\n"
    }
}
