import Foundation
import JuryCore

/// Writes an .xlsx workbook: SpreadsheetML sheets with inline strings (text is never a formula),
/// numbers as numbers, a bold frozen header, fitted column widths, and document properties.
public enum WorkbookWriter {
    /// Document properties (File → Info in Excel).
    public struct Properties: Sendable {
        public var title: String
        public var description: String
        /// Written as `dcterms:created`; nil leaves it out, so a template's bytes never change.
        public var created: Date?

        public init(title: String, description: String = "", created: Date? = nil) {
            self.title = title
            self.description = description
            self.created = created
        }
    }

    /// The workbook's bytes. `deflate` off stores the parts uncompressed (for committed templates).
    public static func xlsx(_ sheets: [WorkbookSheet], properties: Properties, deflate: Bool = true) -> [UInt8] {
        var zip = ZipWriter()
        zip.deflates = deflate
        let names = uniqueNames(sheets.map(\.name))
        zip.add("[Content_Types].xml", Array(contentTypes(count: sheets.count).utf8))
        zip.add("_rels/.rels", Array(rootRelations.utf8))
        zip.add("docProps/app.xml", Array(app.utf8))
        zip.add("docProps/core.xml", Array(core(properties).utf8))
        zip.add("xl/workbook.xml", Array(workbook(names).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(workbookRelations(count: sheets.count).utf8))
        zip.add("xl/styles.xml", Array(styles.utf8))
        for (i, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(i + 1).xml", Array(worksheet(sheet, selected: i == 0).utf8))
        }
        return zip.bytes()
    }

    private static let header = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
    private static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    private static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// Style indexes in `styles` below.
    enum Style: Int {
        case normal = 0, bold = 1, title = 2, wrapped = 3
    }

    static func worksheet(_ sheet: WorkbookSheet, selected: Bool) -> String {
        var x = header + #"<worksheet xmlns="\#(main)" xmlns:r="\#(rel)">"#
        x += #"<sheetViews><sheetView workbookViewId="0""# + (selected ? #" tabSelected="1""# : "") + ">"
        if sheet.frozenRows > 0 {
            x += #"<pane ySplit="\#(sheet.frozenRows)" topLeftCell="A\#(sheet.frozenRows + 1)" activePane="bottomLeft" state="frozen"/>"#
            x += #"<selection pane="bottomLeft" activeCell="A\#(sheet.frozenRows + 1)" sqref="A\#(sheet.frozenRows + 1)"/>"#
        }
        x += "</sheetView></sheetViews>"
        x += #"<sheetFormatPr defaultRowHeight="15"/>"#
        let widths = sheet.fittedWidths()
        if !widths.isEmpty {
            x += "<cols>"
            for (i, w) in widths.enumerated() {
                x += #"<col min="\#(i + 1)" max="\#(i + 1)" width="\#(w)" customWidth="1"/>"#
            }
            x += "</cols>"
        }
        x += "<sheetData>"
        for (r, row) in sheet.rows.enumerated() {
            x += #"<row r="\#(r + 1)">"#
            let bold = sheet.headerRows.contains(r)
            for (c, cell) in row.enumerated() {
                let ref = CellReference(column: c, row: r + 1).description
                switch cell {
                case .empty:
                    continue
                case .number(let n) where CSVWriter.isPlainNumber(n):
                    x += #"<c r="\#(ref)"\#(bold ? #" s="1""# : "")><v>\#(n)</v></c>"#
                case .number(let t), .text(let t):
                    x += inline(ref, t, style: bold ? .bold : (t.contains("\n") ? .wrapped : .normal))
                case .bold(let t):
                    x += inline(ref, t, style: .bold)
                case .title(let t):
                    x += inline(ref, t, style: .title)
                }
            }
            x += "</row>"
        }
        x += "</sheetData>"
        if !sheet.merges.isEmpty {
            x += #"<mergeCells count="\#(sheet.merges.count)">"#
            for m in sheet.merges { x += #"<mergeCell ref="\#(escape(m))"/>"# }
            x += "</mergeCells>"
        }
        x += #"<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>"#
        return x + "</worksheet>"
    }

    private static func inline(_ ref: String, _ text: String, style: Style) -> String {
        let s = style == .normal ? "" : #" s="\#(style.rawValue)""#
        return #"<c r="\#(ref)" t="inlineStr"\#(s)><is><t xml:space="preserve">\#(escape(text))</t></is></c>"#
    }

    /// XML-escaped text. Characters XML 1.0 cannot carry (most C0 controls, U+FFFE/U+FFFF) are
    /// written `_xHHHH_`, the escape Excel itself uses and decodes; a literal `_x` is escaped the same
    /// way so it is not mistaken for one.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        let scalars = Array(text.unicodeScalars)
        for (i, s) in scalars.enumerated() {
            switch s {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\t", "\n", "\r": out.unicodeScalars.append(s)
            case "_" where i + 1 < scalars.count && scalars[i + 1] == "x": out += "_x005F_"
            default:
                if s.value < 0x20 || s.value == 0xFFFE || s.value == 0xFFFF {
                    out += "_x" + String(format: "%04X", s.value) + "_"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }

    /// Sheet names as Excel allows them: at most 31 characters, none of `[]:*?/\`, unique.
    static func uniqueNames(_ names: [String]) -> [String] {
        var used = Set<String>()
        return names.enumerated().map { i, raw in
            var name = String(raw.filter { !"[]:*?/\\".contains($0) }.prefix(31))
            if name.trimmingCharacters(in: .whitespaces).isEmpty { name = "Sheet\(i + 1)" }
            var candidate = name, n = 2
            while used.contains(candidate.lowercased()) {
                candidate = String(name.prefix(28)) + "(\(n))"
                n += 1
            }
            used.insert(candidate.lowercased())
            return candidate
        }
    }

    static func contentTypes(count: Int) -> String {
        var x = header + #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"#
        x += #"<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"#
        x += #"<Default Extension="xml" ContentType="application/xml"/>"#
        x += #"<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"#
        for i in 1...max(count, 1) where i <= count {
            x += #"<Override PartName="/xl/worksheets/sheet\#(i).xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#
        }
        x += #"<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>"#
        x += #"<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>"#
        x += #"<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>"#
        return x + "</Types>"
    }

    static let rootRelations = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        + #"<Relationship Id="rId1" Type="\#(rel)/officeDocument" Target="xl/workbook.xml"/>"#
        + #"<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>"#
        + #"<Relationship Id="rId3" Type="\#(rel)/extended-properties" Target="docProps/app.xml"/>"#
        + "</Relationships>"

    static let app = header + #"<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">"#
        + "<Application>JuryDesk</Application></Properties>"

    static func core(_ p: Properties) -> String {
        var x = header + #"<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">"#
        x += "<dc:title>\(escape(p.title))</dc:title><dc:creator>JuryDesk</dc:creator>"
        if !p.description.isEmpty { x += "<dc:description>\(escape(p.description))</dc:description>" }
        if let created = p.created {
            let stamp = ISO8601DateFormatter().string(from: created)
            x += #"<dcterms:created xsi:type="dcterms:W3CDTF">\#(stamp)</dcterms:created>"#
        }
        return x + "</cp:coreProperties>"
    }

    static func workbook(_ names: [String]) -> String {
        var x = header + #"<workbook xmlns="\#(main)" xmlns:r="\#(rel)">"#
        x += #"<bookViews><workbookView activeTab="0"/></bookViews><sheets>"#
        for (i, name) in names.enumerated() {
            x += #"<sheet name="\#(escape(name))" sheetId="\#(i + 1)" r:id="rId\#(i + 1)"/>"#
        }
        return x + "</sheets></workbook>"
    }

    static func workbookRelations(count: Int) -> String {
        var x = header + #"<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"#
        for i in 0..<count {
            x += #"<Relationship Id="rId\#(i + 1)" Type="\#(rel)/worksheet" Target="worksheets/sheet\#(i + 1).xml"/>"#
        }
        x += #"<Relationship Id="rId\#(count + 1)" Type="\#(rel)/styles" Target="styles.xml"/>"#
        return x + "</Relationships>"
    }

    /// Fonts: normal, bold, bold 14 (titles). Cell formats in `Style` order; all text format `@`-free,
    /// since inline strings are text whatever the format.
    static let styles = header + #"<styleSheet xmlns="\#(main)">"#
        + #"<fonts count="3"><font><sz val="11"/><name val="等线"/><family val="2"/></font>"#
        + #"<font><b/><sz val="11"/><name val="等线"/><family val="2"/></font>"#
        + #"<font><b/><sz val="14"/><name val="等线"/><family val="2"/></font></fonts>"#
        + #"<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>"#
        + #"<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"#
        + #"<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>"#
        + #"<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>"#
        + #"<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>"#
        + #"<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>"#
        + #"<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment wrapText="1" vertical="top"/></xf></cellXfs>"#
        + #"<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>"#
        + "</styleSheet>"
}
