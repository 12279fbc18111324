import JuryCore

/// Reads an .xlsx workbook: the sheet list, then one sheet at a time as display text (shared and
/// inline strings, numbers by their number format, formulas by their cached values, merged cells).
public struct WorkbookReader {
    /// The zip signature every .xlsx starts with, and the OLE2 one of .xls (and of password-protected .xlsx).
    public static let zipSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]
    public static let ole2Signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0]

    private let zip: ZipArchive
    private let workbookPath: String
    /// Sheet names and their part paths, in tab order.
    private let sheets: [(name: String, path: String)]
    private let sharedStringsPath: String?
    private let stylesPath: String?
    private let date1904: Bool

    public var sheetNames: [String] { sheets.map(\.name) }

    public static func isWorkbook(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: zipSignature) }
    public static func isLegacyExcel(_ bytes: some Collection<UInt8>) -> Bool { bytes.starts(with: ole2Signature) }

    public init(_ bytes: [UInt8], limits: WorkbookLimits = .standard) throws(WorkbookError) {
        if Self.isLegacyExcel(bytes) { throw .legacyExcel }
        guard Self.isWorkbook(bytes) else { throw .corrupt(part: "zip", detail: "not a zip file") }
        zip = try ZipArchive(bytes, limits: limits)
        workbookPath = try Self.officeDocument(zip)
        let folder = Self.folder(of: workbookPath)
        var relations: [String: (type: String, target: String)] = [:]
        let relsPath = folder + "_rels/" + Self.file(of: workbookPath) + ".rels"
        if zip.contains(relsPath) {
            try XMLEvents.parse(try zip.read(relsPath), part: relsPath, start: { name, a in
                guard name == "Relationship", let id = a["Id"], let target = a["Target"] else { return }
                relations[id] = (a["Type"] ?? "", Self.resolve(target, in: folder))
            })
        }
        var found: [(String, String)] = []
        var is1904 = false
        var sheetCount = 0
        try XMLEvents.parse(try zip.read(workbookPath), part: workbookPath, start: { name, a in
            switch name {
            case "sheet":
                sheetCount += 1
                if let sheetName = a["name"], let id = a["id"], let rel = relations[id] { found.append((sheetName, rel.target)) }
            case "workbookPr":
                is1904 = ["1", "true"].contains(a["date1904"]?.lowercased() ?? "")
            default: break
            }
        })
        if sheetCount > limits.maxSheets { throw .tooManySheets(count: sheetCount, limit: limits.maxSheets) }
        sheets = found
        date1904 = is1904
        sharedStringsPath = relations.values.first { $0.type.hasSuffix("/sharedStrings") }?.target
        stylesPath = relations.values.first { $0.type.hasSuffix("/styles") }?.target
    }

    /// The sheet named `name` (the first sheet when nil).
    public func sheet(named name: String? = nil) throws(WorkbookError) -> Worksheet {
        guard let first = sheets.first else { throw .noSheets }
        var chosen = first
        if let name {
            guard let match = sheets.first(where: { $0.name == name })
                    ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
                throw .noSuchSheet(name, available: sheetNames)
            }
            chosen = match
        }
        let strings = try sharedStrings()
        let formats = try numberFormats()
        let rows = try SheetXML.rows(try zip.read(chosen.path), part: chosen.path, strings: strings,
                                     formats: formats, date1904: date1904)
        return Worksheet(name: chosen.name, rows: rows)
    }

    private func sharedStrings() throws(WorkbookError) -> [String] {
        guard let path = sharedStringsPath, zip.contains(path) else { return [] }
        var strings: [String] = []
        var current = ""
        var inItem = false, inText = false, phonetic = 0
        try XMLEvents.parse(try zip.read(path), part: path, start: { name, _ in
            switch name {
            case "si": inItem = true; current = ""
            case "t": inText = inItem && phonetic == 0
            case "rPh": phonetic += 1   // the furigana guide above East Asian text, not the text itself
            default: break
            }
        }, end: { name in
            switch name {
            case "si": strings.append(ExcelEscape.decode(current)); inItem = false
            case "t": inText = false
            case "rPh": phonetic -= 1
            default: break
            }
        }, text: { text in
            if inText { current += text }
        })
        return strings
    }

    /// The format kind of each cell style index (`s` on a cell).
    private func numberFormats() throws(WorkbookError) -> [CellFormat.Kind] {
        guard let path = stylesPath, zip.contains(path) else { return [] }
        var codes: [Int: String] = [:]
        var styleFormats: [Int] = []
        var inCellXfs = false
        try XMLEvents.parse(try zip.read(path), part: path, start: { name, a in
            switch name {
            case "numFmt":
                if let id = a["numFmtId"].flatMap({ Int($0) }), let code = a["formatCode"] { codes[id] = code }
            case "cellXfs": inCellXfs = true
            case "xf" where inCellXfs: styleFormats.append(a["numFmtId"].flatMap { Int($0) } ?? 0)
            default: break
            }
        }, end: { name in
            if name == "cellXfs" { inCellXfs = false }
        })
        return styleFormats.map { CellFormat.kind(id: $0, code: codes[$0]) }
    }

    /// The main document's path from the package relationships (`xl/workbook.xml` when absent).
    private static func officeDocument(_ zip: ZipArchive) throws(WorkbookError) -> String {
        var path = "xl/workbook.xml"
        if zip.contains("_rels/.rels") {
            try XMLEvents.parse(try zip.read("_rels/.rels"), part: "_rels/.rels", start: { name, a in
                if name == "Relationship", a["Type"]?.hasSuffix("/officeDocument") == true, let target = a["Target"] {
                    path = resolve(target, in: "")
                }
            })
        }
        guard zip.contains(path) else { throw .missingPart(path) }
        return path
    }

    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        return String(path[...slash])
    }

    static func file(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// A relationship target made a zip path: absolute (`/xl/…`) or relative to `folder`, `..` resolved.
    static func resolve(_ target: String, in folder: String) -> String {
        let joined = target.hasPrefix("/") ? String(target.dropFirst()) : folder + target
        var parts: [Substring] = []
        for part in joined.split(separator: "/") {
            if part == ".." { if !parts.isEmpty { parts.removeLast() } } else if part != "." { parts.append(part) }
        }
        return parts.joined(separator: "/")
    }
}
