import Foundation
import JuryCore
import JuryStore
import TerminalKit

/// Judges' submitted score sheets as printable text: one page per judge (a form feed between them),
/// each sheet a table of the rubric's criteria with subtotals, the total, the comments and the time
/// it was submitted, and the signature line the judge signs (评委签字). Columns are aligned by
/// display width, so Chinese labels line up in a fixed-width font.
struct SheetsPrintout {
    let definition: ContestDefinition
    let zh: Bool

    func render(_ sheets: [PrintableSheet]) -> String {
        let byJudge = Dictionary(grouping: sheets, by: \.judge)
        return byJudge.keys.sorted().map { page(judge: $0, sheets: byJudge[$0] ?? []) }.joined(separator: "\u{0C}\n")
    }

    private func text(_ label: LocalizedText) -> String { zh ? label.zh : label.en }

    private func points(_ tenths: Int) -> String { String(format: "%.1f", Double(tenths) / 10) }

    private func page(judge: String, sheets: [PrintableSheet]) -> String {
        var lines: [String] = []
        let rule = String(repeating: "─", count: 72)
        lines.append(text(definition.title))
        lines.append(zh ? "评委评分表　评委：\(judge)　共 \(sheets.count) 份" : "Score sheets — judge: \(judge) — \(sheets.count) sheets")
        lines.append(rule)
        let labelWidth = definition.rubric.criteria.map { text($0.label).displayWidth }.max() ?? 8
        let dimensionWidth = definition.rubric.dimensions.map { text($0.label).displayWidth }.max() ?? 8
        for sheet in sheets {
            let when = UTCTime.parse(sheet.submittedAt).map { HumanTimestamp.display($0, timeZone: definition.zone) } ?? sheet.submittedAt
            lines.append("\(sheet.entrantId)  \(sheet.entrantName)　" + (zh ? "提交于 \(when)" : "submitted \(when)"))
            var total = 0
            for dimension in definition.rubric.dimensions {
                var subtotal = 0
                for (i, criterion) in dimension.criteria.enumerated() {
                    let value = sheet.tenths[criterion.id] ?? 0
                    subtotal += value
                    let dim = i == 0 ? text(dimension.label) : ""
                    lines.append("  " + dim.padded(toWidth: dimensionWidth) + "  " + text(criterion.label).padded(toWidth: labelWidth)
                                 + "  " + points(value).padded(toWidth: 6, alignment: .right) + " / " + points(criterion.max.rawValue))
                }
                total += subtotal
                lines.append("  " + "".padded(toWidth: dimensionWidth) + "  " + (zh ? "小计" : "Subtotal").padded(toWidth: labelWidth)
                             + "  " + points(subtotal).padded(toWidth: 6, alignment: .right) + " / " + points(dimension.maxTotal.rawValue))
                if let comment = sheet.comments[dimension.id] {
                    lines.append("  " + (zh ? "评语（\(text(dimension.label))）：" : "Comment (\(text(dimension.label))): ") + comment)
                }
            }
            lines.append("  " + (zh ? "总分" : "Total").padded(toWidth: dimensionWidth + labelWidth + 2) + "  "
                         + points(total).padded(toWidth: 6, alignment: .right) + " / " + points(definition.rubric.maxTotal.rawValue))
            lines.append(rule)
        }
        lines.append("")
        lines.append(zh ? "评委签字：____________________　　日期：____________" : "Judge's signature: ____________________    Date: ____________")
        return lines.joined(separator: "\n") + "\n"
    }
}
