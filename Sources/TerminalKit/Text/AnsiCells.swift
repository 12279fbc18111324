/// Turns text with ANSI SGR colour codes (what `chafa --format symbols` prints) into rows of cells,
/// so a picture is drawn into the screen buffer like any other text and never written to the
/// terminal behind the screen's back. Other escape sequences (cursor show/hide, …) are dropped.
public enum AnsiCells {
    /// One row of cells per line of `text`, at most `width` cells each.
    public static func parse(_ text: String, width: Int) -> [[Cell]] {
        var rows: [[Cell]] = []
        var row: [Cell] = []
        var style = Style.plain
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            switch scalar {
            case "\u{1B}":
                guard scalars.first == "[" else { scalars = scalars.dropFirst(); continue }
                scalars = scalars.dropFirst()
                var body = ""
                while let next = scalars.first {
                    scalars = scalars.dropFirst()
                    if (0x40...0x7E).contains(next.value) {
                        if next == "m" { style = apply(body, to: style) }
                        break
                    }
                    body.unicodeScalars.append(next)
                }
            case "\n":
                rows.append(row)
                row = []
            case "\r":
                continue
            default:
                let cells = DisplayWidth.of(scalar)
                guard cells > 0, row.count + cells <= width else { continue }
                row.append(Cell(scalar: scalar, style: style, width: UInt8(cells)))
                if cells == 2 { row.append(Cell(code: Cell.spaceCode, style: style, width: 0)) }
            }
        }
        if !row.isEmpty { rows.append(row) }
        return rows
    }

    /// The style after one SGR parameter list ("0", "38;5;208", "1;48;2;10;20;30", …).
    static func apply(_ body: String, to current: Style) -> Style {
        var style = current
        let params = body.isEmpty ? [0] : body.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var i = 0
        func color(_ at: inout Int) -> Color? {
            guard at + 1 < params.count else { return nil }
            if params[at + 1] == 5, at + 2 < params.count {
                defer { at += 2 }
                return .indexed(UInt8(clamping: params[at + 2]))
            }
            if params[at + 1] == 2, at + 4 < params.count {
                defer { at += 4 }
                return .indexed(cube(params[at + 2], params[at + 3], params[at + 4]))
            }
            return nil
        }
        while i < params.count {
            let p = params[i]
            switch p {
            case 0: style = .plain
            case 1: style.attributes.insert(.bold)
            case 2: style.attributes.insert(.dim)
            case 4: style.attributes.insert(.underline)
            case 7: style.attributes.insert(.reverse)
            case 22: style.attributes.subtract([.bold, .dim])
            case 24: style.attributes.remove(.underline)
            case 27: style.attributes.remove(.reverse)
            case 30...37: style.foreground = .ansi(UInt8(p - 30))
            case 90...97: style.foreground = .ansi(UInt8(p - 90 + 8))
            case 40...47: style.background = .ansi(UInt8(p - 40))
            case 100...107: style.background = .ansi(UInt8(p - 100 + 8))
            case 39: style.foreground = .default
            case 49: style.background = .default
            case 38: if let c = color(&i) { style.foreground = c }
            case 48: if let c = color(&i) { style.background = c }
            default: break
            }
            i += 1
        }
        return style
    }

    /// The xterm-256 colour-cube index nearest to an RGB colour (the buffer has no true colour).
    static func cube(_ r: Int, _ g: Int, _ b: Int) -> UInt8 {
        func level(_ v: Int) -> Int { v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40 }
        return UInt8(16 + 36 * level(r) + 6 * level(g) + level(b))
    }
}

extension Region {
    /// Draws rows of cells (a parsed picture) from the region's top-left corner, clipped to it.
    public func put(cells rows: [[Cell]]) {
        for (y, row) in rows.prefix(height).enumerated() {
            var x = 0
            for cell in row where !cell.isContinuation {
                guard x < width else { break }
                x = put(String(cell.character), x: x, y: y, style: cell.style)
            }
        }
    }
}
