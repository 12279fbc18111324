import XCTest
import JuryTestSupport
@testable import TerminalKit

final class ThemeTests: XCTestCase {
    private var themesFolder: String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Themes").path
    }

    func testAllShippedThemesDecodeWithEveryRole() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: themesFolder).filter { $0.hasSuffix(".json") }
        XCTAssertEqual(Set(files), ["default.json", "light.json", "high-contrast.json", "monochrome.json"])
        for file in files {
            let name = String(file.dropLast(5))
            let theme = try Theme.load(name: name, searchPaths: [themesFolder])
            XCTAssertEqual(theme.name, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(ThemeRole.allCases), "\(file) should set every role")
        }
    }

    func testShippedFilesMatchBuiltIns() throws {
        XCTAssertEqual(try Theme.load(name: "default", searchPaths: [themesFolder]), Theme.default)
        XCTAssertEqual(try Theme.load(name: "monochrome", searchPaths: [themesFolder]), Theme.monochrome)
        XCTAssertTrue(Theme.monochrome.isMonochrome)
        XCTAssertEqual(try Theme.load(name: "default", searchPaths: ["/nonexistent"]), Theme.default)
    }

    func testErrorsNameTheFileAndKey() throws {
        let folder = try TemporaryDirectory()
        try #"{"name": "bad", "roles": {"normal": {}, "selcted": {"fg": "red"}}}"#.write(toFile: folder.path("bad.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Theme.load(name: "bad", searchPaths: [folder.url.path])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("bad.json"), text)
            XCTAssertTrue(text.contains("roles.selcted"), text)
        }
        try #"{"name": "c", "roles": {"normal": {"fg": "purpleish"}}}"#.write(toFile: folder.path("c.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Theme.load(name: "c", searchPaths: [folder.url.path])) { error in
            XCTAssertEqual(error as? ThemeError, .invalidValue(file: folder.path("c.json"), key: "roles.normal.fg", value: "purpleish",
                                                              expected: "default, a colour name (red, bright-red…) or a palette index 0–255"))
        }
        try #"{"name": "d", "roles": {"header": {}}}"#.write(toFile: folder.path("d.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Theme.load(name: "d", searchPaths: [folder.url.path])) { error in
            XCTAssertEqual(error as? ThemeError, .missingKey(file: folder.path("d.json"), key: "roles.normal"))
        }
        try "{ not json".write(toFile: folder.path("e.json"), atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try Theme.load(name: "e", searchPaths: [folder.url.path])) { error in
            XCTAssertTrue("\(error)".contains("e.json: not valid JSON"), "\(error)")
        }
        XCTAssertThrowsError(try Theme.load(name: "nope", searchPaths: [folder.url.path])) { error in
            XCTAssertTrue("\(error)".contains("theme 'nope' not found"), "\(error)")
        }
    }

    func testNoColorSelectsMonochrome() throws {
        let env = ["NO_COLOR": "1", "TERM": "xterm-256color"]
        XCTAssertEqual(ColorLevel.detect(colors: 256, environment: env), ColorLevel.none)
        let theme = try Theme.forTerminal(named: "default", colorLevel: .ansi256, environment: env, searchPaths: [])
        XCTAssertEqual(theme.name, "monochrome")
        XCTAssertTrue(theme.isMonochrome)
        XCTAssertTrue(theme[.selected].attributes.contains(.reverse))
        let empty = try Theme.forTerminal(named: "default", colorLevel: .ansi256, environment: ["NO_COLOR": ""], searchPaths: [])
        XCTAssertEqual(empty.name, "default")
    }

    func testColorLevelDetection() {
        XCTAssertEqual(ColorLevel.detect(colors: 256, environment: ["TERM": "xterm-256color"]), .ansi256)
        XCTAssertEqual(ColorLevel.detect(colors: 16, environment: ["TERM": "rxvt"]), .ansi16)
        XCTAssertEqual(ColorLevel.detect(colors: 8, environment: ["TERM": "xterm"]), .ansi8)
        XCTAssertEqual(ColorLevel.detect(colors: 256, environment: ["TERM": "linux"]), .ansi8)
        XCTAssertEqual(ColorLevel.detect(colors: 0, environment: ["TERM": "vt100"]), ColorLevel.none)
        XCTAssertEqual(ColorLevel.detect(colors: 8, environment: ["TERM": "dumb"]), ColorLevel.none)
        XCTAssertEqual(ColorLevel.detect(colors: 8, environment: [:]), ColorLevel.none)
    }

    func testDegradation() {
        XCTAssertEqual(Color.indexed(196).degraded(to: .ansi16), .brightRed)
        XCTAssertEqual(Color.indexed(196).degraded(to: .ansi8), .red)
        XCTAssertEqual(Color.indexed(21).degraded(to: .ansi16), .blue)
        XCTAssertEqual(Color.indexed(255).degraded(to: .ansi16), .white) // 238 grey is nearer 229 than 255
        XCTAssertEqual(Color.indexed(232).degraded(to: .ansi8), .black)
        XCTAssertEqual(Color.brightCyan.degraded(to: .ansi8), .cyan)
        XCTAssertEqual(Color.indexed(208).degraded(to: .ansi256), .indexed(208))
        XCTAssertEqual(Color.red.degraded(to: .none), .default)
        let adapted = Theme.default.adapted(to: .ansi8)
        for style in adapted.styles.values {
            for color in [style.foreground, style.background] { XCTAssertLessThan(color.paletteIndex ?? 0, 8) }
        }
        XCTAssertEqual(Style(foreground: .brightRed).degraded(to: .ansi8), Style(foreground: .red, attributes: .bold))
        XCTAssertEqual(Style(foreground: .brightRed).degraded(to: .ansi16), Style(foreground: .brightRed))
        let none = Theme.default.adapted(to: .none)
        XCTAssertTrue(none.isMonochrome)
        XCTAssertTrue(none[.selected].attributes.contains(.reverse), "a coloured selection stays visible without colour")
    }

    func testColorNames() {
        XCTAssertEqual(Color(name: "bright-red"), .brightRed)
        XCTAssertEqual(Color(name: "brightBlue"), .brightBlue)
        XCTAssertEqual(Color(name: "208"), .indexed(208))
        XCTAssertEqual(Color(name: "3"), .yellow)
        XCTAssertEqual(Color(name: "default"), .default)
        XCTAssertNil(Color(name: "256"))
        XCTAssertNil(Color(name: "mauve"))
    }
}
