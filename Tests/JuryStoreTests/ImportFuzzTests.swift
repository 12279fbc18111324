import Foundation
import JuryCore
@testable import JuryStore
import JuryTestSupport
import XCTest

/// Mutated import files — truncated, re-encoded, with stray quotes, huge fields, NUL bytes and
/// random bytes — fed to every import kind: never a crash, never a partial import (a refused file
/// leaves the database exactly as it was), and every refusal says where. `make test` runs 400
/// small files (400 in `make test`); `make soak` sets JURYDESK_FUZZ_FILES=10000.
final class ImportFuzzTests: XCTestCase {
    private var fileCount: Int { Int(ProcessInfo.processInfo.environment["JURYDESK_FUZZ_FILES"] ?? "") ?? 400 }

    func testMutatedFilesAreRefusedWholeWithTheirLineOrImportedWhole() throws {
        let t = try TestStore()
        // Entrants the vote files name, so a vote file is refused for what the mutation broke.
        _ = try t.store.importFile(kind: .registrations, data: Data(Self.registrations.utf8), actor: "system")
        var rng = FuzzRandom(seed: 11)
        var refused = 0, imported = 0
        // Decisions are imported as a signed-in reviewer for one round (`importDecisions`), not through importFile.
        let kinds = ImportKind.allCases.filter { $0 != .decisions }
        let bases = kinds.map { ($0, Data(Self.base(for: $0).utf8)) }
        for n in 0..<fileCount {
            let (origin, base) = bases[n % bases.count]
            let mutated = Self.mutate(base, &rng)
            // Every CR and every LF may end a line (CRLF counts twice here: an upper bound is enough).
            let fileLines = mutated.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
            for kind in kinds {
                let before = try Self.snapshot(t.store)
                do {
                    _ = try t.store.importFile(kind: kind, data: mutated, unit: "西安市总工会", actor: "system")
                    imported += 1
                } catch let failure as ImportFailure {
                    refused += 1
                    XCTAssertEqual(try Self.snapshot(t.store), before, "file \(n) (\(origin)) as \(kind): a refused file changed the database")
                    XCTAssertFalse(failure.issues.isEmpty, "file \(n) as \(kind): a refusal with no issue")
                    for issue in failure.issues {
                        if let line = issue.line {
                            XCTAssertTrue((1...max(1, fileLines)).contains(line), "file \(n) as \(kind): line \(line) of \(fileLines)")
                        } else {
                            XCTAssertTrue(Self.isWholeFileProblem(issue), "file \(n) (\(origin)) as \(kind): no line in \(issue)")
                        }
                    }
                } catch {
                    XCTFail("file \(n) (\(origin)) as \(kind): not an import failure: \(error)")
                }
            }
        }
        // The mutations must mostly break files, or the test proves little.
        XCTAssertGreaterThan(refused, imported, "refused \(refused), imported \(imported)")
    }

    /// Problems of the whole file, which have no line to name.
    private static func isWholeFileProblem(_ issue: ImportIssue) -> Bool {
        ["文件是空的", "这是 Excel/Word 文件", "不知道推荐单位", "数据库中没有报名编号", "无法按 UTF-8"].contains { issue.zh.contains($0) }
            || issue.zh.contains("字节处无法按")
    }

    /// Row counts of every table an import writes, and the audit chain's head.
    private static func snapshot(_ store: Store) throws -> String {
        try store.database.query("""
            SELECT (SELECT count(*) FROM entrants), (SELECT count(*) FROM accounts), (SELECT count(*) FROM works),
                   (SELECT count(*) FROM recommendations), (SELECT count(*) FROM vote_snapshots), (SELECT count(*) FROM users),
                   (SELECT coalesce(max(seq), 0) FROM audit_log), (SELECT coalesce(group_concat(content_sha256), '') FROM entrants)
            """).map { "\($0)" }.joined()
    }

    private static func mutate(_ data: Data, _ rng: inout FuzzRandom) -> Data {
        var bytes = [UInt8](data)
        let kinds = rng.int(in: 1...3)
        for _ in 0..<kinds {
            let at = bytes.isEmpty ? 0 : rng.int(in: 0...(bytes.count - 1))
            switch rng.int(in: 0...9) {
            case 0: bytes = Array(bytes.prefix(at))                                          // truncated
            case 1: bytes.insert(0x22, at: at)                                                // stray quote
            case 2: bytes.insert(0x00, at: at)                                                // NUL
            case 3: bytes.insert(contentsOf: Array(repeating: UInt8(ascii: "x"), count: rng.int(in: 201...9_000)), at: at) // huge field
            case 4: bytes.insert(contentsOf: [0xFF, 0xFE, 0xC0][rng.int(in: 0...2)...], at: at) // invalid UTF-8
            case 5:                                                                           // UTF-16 with its mark
                let text = String(decoding: bytes, as: UTF8.self)
                bytes = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case 6:                                                                           // UTF-16 without a mark
                let text = String(decoding: bytes, as: UTF8.self)
                bytes = text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
            case 7: if !bytes.isEmpty { bytes[at] = UInt8(rng.int(in: 0...255)) }            // a random byte
            case 8: bytes.insert(contentsOf: Array(",,\",\r\n\"".utf8), at: at)              // delimiters and breaks
            default:                                                                          // a line repeated (duplicate keys)
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
                if lines.count > 2 { bytes += [0x0A] + lines[rng.int(in: 1...(lines.count - 2))] }
            }
        }
        return Data(bytes)
    }

    private static func base(for kind: ImportKind) -> String {
        switch kind {
        case .registrations: registrations
        case .recommendations: ImportTemplate.csv(for: .recommendations) + "2,李四,西安地铁,快手,李四的小站,13900000002,,西安市总工会\r\n"
        case .votes: "报名编号,票数,时间\r\nF0001,1200,2023-09-10 20:00\r\nF0002,1.2万,2023-09-10 20:00:00\r\n"
        case .users: "姓名,角色,单位\r\n李慧敏,评委,西安交大\r\n王审,审核员,\r\n"
        case .decisions: ImportTemplate.csv(for: .decisions)
        }
    }

    private static let registrations: String = {
        var rows = ImportTemplate.rows(for: .registrations)
        let example = rows[1]
        let idIndex = ImportSchema.registrations.columns.firstIndex { $0.key == "entry_id" } ?? 0
        rows.removeLast()
        for n in 1...3 {
            var row = example
            row[idIndex] = String(format: "F%04d", n)
            rows.append(row)
        }
        return CSVWriter().write(rows)
    }()
}

/// A small deterministic generator (SplitMix64): a failing file can be made again from its number.
struct FuzzRandom {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
}
