/// A `Style` in 28 bits, so a `Cell` is two integers: each colour in 10 bits (2 for its kind, 8 for
/// its number), the attributes in 8. Every style packs to a different value, so equal packs are equal
/// styles.
enum StylePacking {
    @inline(__always)
    static func pack(_ style: Style) -> UInt32 {
        pack(style.foreground) | pack(style.background) << 10 | UInt32(style.attributes.rawValue) << 20
    }

    @inline(__always)
    static func unpack(_ bits: UInt32) -> Style {
        Style(foreground: color(bits & 0x3FF), background: color(bits >> 10 & 0x3FF),
              attributes: TextAttributes(rawValue: UInt8(truncatingIfNeeded: bits >> 20)))
    }

    @inline(__always)
    private static func pack(_ color: Color) -> UInt32 {
        switch color {
        case .default: 0
        case .ansi(let n): 0x100 | UInt32(n)
        case .indexed(let n): 0x200 | UInt32(n)
        }
    }

    @inline(__always)
    private static func color(_ bits: UInt32) -> Color {
        switch bits >> 8 {
        case 1: .ansi(UInt8(truncatingIfNeeded: bits))
        case 2: .indexed(UInt8(truncatingIfNeeded: bits))
        default: .default
        }
    }
}
