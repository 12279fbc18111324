import XCTest
@testable import TerminalKit

/// Borders and other lines must stay visible when a theme is degraded to 8 or 16 colours.
final class ColorDegradationTests: XCTestCase {
    private var themesFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes").path
    }

    /// The roles boxes are drawn with: the border, the focused box's accent, the title, and dim separators.
    private let borderRoles: [ThemeRole] = [.border, .accent, .title, .dim]

    private func allThemes() throws -> [Theme] {
        let shipped = try ["default", "light", "high-contrast", "monochrome"].map { try Theme.load(name: $0, searchPaths: [themesFolder]) }
        return shipped + [Theme.default, Theme.monochrome]
    }

    func testBorderRolesStayVisibleAt8And16Colours() throws {
        for theme in try allThemes() {
            let darkPage = !theme[.normal].foreground.isDark
            for level in [ColorLevel.ansi8, .ansi16] {
                let adapted = theme.adapted(to: level)
                for role in borderRoles {
                    let style = adapted[role]
                    guard style.foreground != .default else { continue }   // the terminal's own text colour is visible
                    let behind = style.background != .default ? style.background : (darkPage ? Color.black : Color.white)
                    XCTAssertFalse(Color.blends(style.foreground, with: behind, at: level),
                                   "\(theme.name) \(role) at \(level): \(style.foreground) on \(behind)")
                    XCTAssertLessThan(style.foreground.paletteIndex ?? 0, level == .ansi8 ? 8 : 16)
                }
            }
        }
    }

    func testGreyBorderMapping() {
        // Grey 240 on a black console used to become black and the boxes vanished.
        XCTAssertEqual(Theme.default.adapted(to: .ansi8)[.border].foreground, .white)
        XCTAssertEqual(Theme.default.adapted(to: .ansi16)[.border].foreground, .brightBlack)
        XCTAssertEqual(Style(foreground: .indexed(233)).degraded(to: .ansi16), Style(foreground: .brightBlack))
        // On a light theme a light grey must not become white on white.
        XCTAssertEqual(Style(foreground: .indexed(250)).degraded(to: .ansi8, darkBackground: false).foreground, .black)
        XCTAssertEqual(Style(foreground: .indexed(250)).degraded(to: .ansi16, darkBackground: false).foreground, .brightBlack)
        // A grey on a grey background of the same degraded colour is moved off it.
        let status = Style(foreground: .indexed(252), background: .indexed(250)).degraded(to: .ansi8)
        XCTAssertFalse(Color.blends(status.foreground, with: status.background, at: .ansi8), "\(status)")
        // Explicit basic colours are the theme author's choice and are kept.
        XCTAssertEqual(Style(foreground: .black).degraded(to: .ansi8), Style(foreground: .black))
        // Plain nearest-colour degradation of a single colour is unchanged.
        XCTAssertEqual(Color.indexed(240).degraded(to: .ansi8), .black)
    }

    func testBoxStaysVisibleOnTheLinuxConsole() {
        let theme = Theme.default.adapted(to: ColorLevel.detect(colors: 8, environment: ["TERM": "linux"]))
        let buffer = ScreenBuffer(width: 6, height: 3)
        Box().draw(into: buffer.region, theme: theme)
        XCTAssertEqual(buffer[0, 0].style.foreground, .white)
        XCTAssertNotEqual(buffer[0, 0].style.foreground, buffer[0, 0].style.background == .default ? .black : buffer[0, 0].style.background)
    }
}
