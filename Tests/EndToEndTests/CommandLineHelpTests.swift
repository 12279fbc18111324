import Foundation
import JuryTestSupport
import XCTest

/// Help, version, the man page and the bash completion all come from one command table: none of them
/// may drift from what the parser accepts, and the committed copies must be current.
final class CommandLineHelpTests: XCTestCase {
    static let packageRoot = CommandLineTests.packageRoot

    func jurydesk(_ args: [String], lang: String = "en") throws -> (status: Int32, out: String, err: String) {
        try BuiltProducts.run(BuiltProducts.jurydesk, args, environment: ["JURYDESK_LANG": lang])
    }

    /// The command table as the binary reports it: `help` lists the commands, `help CMD` their options.
    func commands() throws -> [String] {
        let overview = try jurydesk(["--help"]).out
        let section = overview.components(separatedBy: "Commands:\n").last?.components(separatedBy: "\n\n").first ?? ""
        return section.split(separator: "\n").compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    /// The options `help CMD` lists, each with whether it shows a value placeholder (`--unit UNIT`).
    func optionList(of command: String) throws -> [(name: String, valued: Bool)] {
        let text = try jurydesk(["help", command]).out
        let section = text.components(separatedBy: "Options:\n").dropFirst().first?.components(separatedBy: "\n\n").first ?? ""
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  --") else { return nil }
            let shown = String(line.dropFirst(2)).components(separatedBy: "  ").first ?? ""
            let words = shown.split(separator: " ")
            return (String(words[0]), words.count > 1)
        }
    }

    func options(of command: String) throws -> [String] { try optionList(of: command).map(\.name) }

    func testHelpAndVersionWork() throws {
        for args in [["--help"], ["-h"], ["help"], ["--db", "x.sqlite", "--help"]] {
            let r = try jurydesk(args)
            XCTAssertEqual(r.status, 0, "\(args): \(r.err)")
            XCTAssertTrue(r.out.contains("Usage: jurydesk"), "\(args): \(r.out)")
            XCTAssertTrue(r.out.contains("Exit status:"), r.out)
        }
        let zh = try jurydesk(["--help"], lang: "zh")
        XCTAssertTrue(zh.out.contains("用法：jurydesk"), zh.out)
        let one = try jurydesk(["import", "--help"])
        XCTAssertEqual(one.status, 0)
        XCTAssertTrue(one.out.contains("--unit UNIT"), one.out)
        XCTAssertEqual(try jurydesk(["help", "import"]).out, one.out)
        XCTAssertEqual(try jurydesk(["help", "frobnicate"]).status, 64)
        for args in [["--version"], ["version"], ["verify", "--version"]] {
            let v = try jurydesk(args)
            XCTAssertEqual(v.status, 0)
            XCTAssertNotNil(v.out.range(of: #"^jurydesk \d+\.\d+\.\d+ \(commit [0-9a-z]+, schema \d+\)\n$"#, options: .regularExpression), v.out)
        }
    }

    /// Every option a command's help names is accepted by its parser, and nothing else is.
    func testParserAcceptsExactlyTheOptionsTheHelpNames() throws {
        let names = try commands()
        XCTAssertTrue(Set(["open", "init", "import", "export", "user", "phase", "verify", "backup", "restore", "demo"])
            .isSubset(of: Set(names)), "\(names)")
        let dir = try TemporaryDirectory()
        let missing = dir.path("missing.sqlite")
        for command in names where !["help", "version", "man", "completion", "open", "demo", "sample"].contains(command) {
            var args = [command]
            for option in try optionList(of: command) {
                args.append(option.name)
                if option.valued { args.append("1") }
            }
            let r = try jurydesk(args + ["--db", missing])
            XCTAssertFalse(r.err.contains("Unknown option"), "\(args): \(r.err)")
            let bogus = try jurydesk([command, "--no-such-option", "--db", missing])
            XCTAssertEqual(bogus.status, 64, command)
            XCTAssertTrue(bogus.err.contains("Unknown option --no-such-option"), bogus.err)
        }
    }

    func testManPageAndCompletionAreCurrentAndNameEverything() throws {
        let man = try jurydesk(["man"])
        XCTAssertEqual(man.status, 0)
        let committed = try String(contentsOf: Self.packageRoot.appendingPathComponent("doc/jurydesk.1"), encoding: .utf8)
        XCTAssertEqual(man.out, committed, "doc/jurydesk.1 is stale: run make docs")
        let completion = try jurydesk(["completion"]).out
        let committedCompletion = try String(contentsOf: Self.packageRoot.appendingPathComponent("contrib/jurydesk.bash"), encoding: .utf8)
        XCTAssertEqual(completion, committedCompletion, "contrib/jurydesk.bash is stale: run make docs")
        for section in ["NAME", "SYNOPSIS", "DESCRIPTION", "COMMANDS", "OPTIONS", "EXIT STATUS", "ENVIRONMENT", "FILES"] {
            XCTAssertTrue(man.out.contains(".SH \(section)\n"), section)
        }
        for command in try commands() {
            XCTAssertTrue(man.out.contains("\\fB\(command)\\fR"), "man page lacks \(command)")
            XCTAssertTrue(completion.contains(command), "completion lacks \(command)")
            for option in try options(of: command) {
                let troff = "\\fB" + option.replacingOccurrences(of: "-", with: "\\-")
                XCTAssertTrue(man.out.contains(troff), "man page lacks \(command) \(option)")
                XCTAssertTrue(completion.contains(option), "completion lacks \(command) \(option)")
            }
        }
        for variable in ["JURYDESK_DB", "JURYDESK_LANG", "JURYDESK_THEME_DIR"] { XCTAssertTrue(man.out.contains(variable)) }
        for code in ["64", "65", "73", "77"] { XCTAssertTrue(man.out.contains(".B \(code)\n"), code) }
    }

    func testCompletionIsValidBash() throws {
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/bin/bash"),
                                      ["-n", Self.packageRoot.appendingPathComponent("contrib/jurydesk.bash").path])
        XCTAssertEqual(r.status, 0, r.err)
    }

    func testManPageRendersWithoutWarnings() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/man") else {
            throw XCTSkip("man is not installed (apt-get install man-db to run this check)")
        }
        let r = try BuiltProducts.run(URL(fileURLWithPath: "/usr/bin/man"),
                                      ["--warnings", "-l", Self.packageRoot.appendingPathComponent("doc/jurydesk.1").path],
                                      environment: ["MANWIDTH": "80", "MANPAGER": "cat", "PAGER": "cat"])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.err, "", "man --warnings printed warnings")
        XCTAssertTrue(r.out.contains("EXIT STATUS"), r.out)
    }
}
