import XCTest
@testable import JuryCore

final class SampleDataTests: XCTestCase {
    /// Generated once for the whole class: the tests only read it.
    private static let generated = SampleGenerator().files()

    /// The repository's SampleData folder, found from this file's path.
    private var sampleData: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("SampleData")
    }

    /// The folders the generator owns inside SampleData (contest*.json belongs to someone else).
    private let ownedFolders = ["recommendations", "votes", "screenshots", "templates"]

    private func expectedFiles() -> [SampleFile] {
        Self.generated + ImportKind.allCases.map {
            SampleFile(path: "templates/\($0.rawValue).csv", bytes: Array(ImportTemplate.csv(for: $0).utf8))
        } + [SampleFile(path: "templates/COLUMNS.md",
                        bytes: Array(("# 导入文件的列 Import columns\n\n" + ImportSchema.markdownTables()).utf8))]
    }

    /// `WRITE_SAMPLEDATA=1 swift test --filter SampleDataTests` regenerates the committed files.
    func testCommittedSampleDataMatchesAFreshGeneration() throws {
        let fm = FileManager.default
        let expected = expectedFiles()
        if ProcessInfo.processInfo.environment["WRITE_SAMPLEDATA"] == "1" {
            // templates/*.xlsx belong to JuryWorkbookTests, which needs zlib to write them.
            for folder in ownedFolders {
                let url = sampleData.appendingPathComponent(folder)
                for name in (try? fm.contentsOfDirectory(atPath: url.path)) ?? [] where !name.hasSuffix(".xlsx") {
                    try? fm.removeItem(at: url.appendingPathComponent(name))
                }
            }
            for file in expected {
                let url = sampleData.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
            }
        }
        let drifted = expected.filter { file in
            (try? Data(contentsOf: sampleData.appendingPathComponent(file.path))).map { [UInt8]($0) } != file.bytes
        }
        // Compared as a list of paths, not bytes: a byte dump of a drifted PNG helps nobody.
        XCTAssertEqual(drifted.map(\.path), [], "SampleData drifted; run WRITE_SAMPLEDATA=1 swift test --filter SampleDataTests")
        let expectedPaths = Set(expected.map(\.path))
        for folder in ownedFolders {
            let names = (try? fm.contentsOfDirectory(atPath: sampleData.appendingPathComponent(folder).path)) ?? []
            for name in names where !expectedPaths.contains("\(folder)/\(name)") && !name.hasSuffix(".xlsx") {
                XCTFail("stale file SampleData/\(folder)/\(name)")
            }
        }
    }

    func testSameSeedSameBytesOtherSeedOtherBytes() {
        let a = SampleGenerator(seed: 7, entrantCount: 60).files()
        XCTAssertEqual(a, SampleGenerator(seed: 7, entrantCount: 60).files())
        XCTAssertNotEqual(a, SampleGenerator(seed: 8, entrantCount: 60).files())
    }

    func testSampleImportsCleanlyWithTheAwkwardCasesPresent() throws {
        let files = Dictionary(uniqueKeysWithValues: Self.generated.map { ($0.path, Data($0.bytes)) })
        let entrants = try ImportFile.registrations(try XCTUnwrap(files["registrations.csv"]))
        XCTAssertEqual(entrants.count, 300)
        let videos = entrants.compactMap(\.entryVideo)
        let a = SampleGenerator.awkwardCounts
        XCTAssertEqual(videos.filter { $0.durationSeconds > 180 }.count, a.overThreeMinutes)
        XCTAssertEqual(videos.filter { $0.resolution < 720 }.count, a.belowHD)
        XCTAssertEqual(videos.filter { !$0.hashtagPosted }.count, a.noHashtag)
        XCTAssertGreaterThanOrEqual(entrants.filter { $0.totalFollowers < 10_000 }.count, a.underTenThousand)
        XCTAssertEqual(entrants.filter { !$0.isUnionMember }.count, a.nonMember)
        let followers = entrants.flatMap(\.accounts).map(\.followers)
        XCTAssertLessThan(followers.min() ?? 0, 5_000)
        XCTAssertGreaterThan(followers.max() ?? 0, 1_000_000)
        XCTAssertEqual(Set(entrants.map(\.city)).count, 11)
        XCTAssertTrue(entrants.allSatisfy { (1...3).contains($0.accounts.count) && $0.pastWork != nil })
        let shots = entrants.flatMap(\.accounts).flatMap(\.screenshots)
        XCTAssertTrue(shots.allSatisfy { files[$0] != nil }, "every screenshot named in registrations exists")

        var recommendations: [Recommendation] = []
        for spec in SampleGenerator.recommendingUnits {
            let data = try XCTUnwrap(files["recommendations/\(spec.unit).csv"])
            if spec.unit == SampleGenerator.unitWithColumn {
                recommendations += try ImportFile.recommendations(data)
            } else {
                XCTAssertThrowsError(try ImportFile.recommendations(data), "a list without 推荐单位 needs --unit")
                recommendations += try ImportFile.recommendations(data, unit: spec.unit)
            }
        }
        let r = Reconciliation.reconcile(entrants: entrants, recommendations: recommendations)
        XCTAssertEqual(r.unregistered.count, 5)
        XCTAssertEqual(r.matches.count, recommendations.count - 5)
        XCTAssertEqual(r.matches.filter { $0.basis == .nameAndNickname }.count, 2)
        XCTAssertEqual(r.shortUnits, [Reconciliation.ShortUnit(unit: "延安市总工会", count: 6)])

        var last: [String: Int] = [:]
        for day in 1...5 {
            let votes = try ImportFile.votes(try XCTUnwrap(files["votes/day-\(day).csv"]))
            XCTAssertEqual(votes.count, 300)
            for v in votes {
                XCTAssertGreaterThan(v.votes, last[v.entrantId] ?? -1, "votes grow day by day")
                last[v.entrantId] = v.votes
            }
        }
        let users = try ImportFile.users(try XCTUnwrap(files["users.csv"]))
        XCTAssertEqual(Role.allCases.map { role in users.filter { $0.role == role }.count }, [2, 7, 1, 1])
    }

    func testScreenshotsAreSmallValidPNGs() throws {
        let shots = Self.generated.filter { $0.path.hasSuffix(".png") }
        XCTAssertGreaterThan(shots.count, 100)
        XCTAssertLessThan(shots.reduce(0) { $0 + $1.bytes.count }, 2_000_000)
        XCTAssertEqual(Set(shots.map(\.bytes)).count, shots.count, "every screenshot differs")
        for shot in shots {
            XCTAssertLessThan(shot.bytes.count, 30_000)
            try assertValidPNG(shot.bytes, width: 120, height: 80)
        }
    }

    func testPNGChecksums() {
        XCTAssertEqual(PNGEncoder.crc32(Array("IEND".utf8)), 0xAE42_6082)
        XCTAssertEqual(PNGEncoder.adler32(Array("Wikipedia".utf8)), 0x11E6_0398)
        let big = PNGEncoder.indexed(width: 300, height: 300, palette: [(0, 0, 0), (255, 255, 255)],
                                     pixels: [UInt8](repeating: 1, count: 90_000))
        XCTAssertNoThrow(try assertValidPNG(big, width: 300, height: 300), "several stored blocks")
    }

    /// Checks the signature, every chunk's CRC, IHDR's size, and that IDAT inflates (stored blocks) to
    /// one filter byte plus the packed row for each row, with a matching Adler-32.
    private func assertValidPNG(_ png: [UInt8], width: Int, height: Int) throws {
        XCTAssertEqual(Array(png.prefix(8)), PNGEncoder.signature)
        var i = 8
        var types: [String] = []
        var idat: [UInt8] = []
        var depth = 0
        func u32(_ at: Int) -> Int { Int(png[at]) << 24 | Int(png[at + 1]) << 16 | Int(png[at + 2]) << 8 | Int(png[at + 3]) }
        while i < png.count {
            let length = u32(i)
            let typeAndData = Array(png[(i + 4)..<(i + 8 + length)])
            XCTAssertEqual(UInt32(u32(i + 8 + length)), PNGEncoder.crc32(typeAndData))
            let type = String(decoding: typeAndData.prefix(4), as: UTF8.self)
            types.append(type)
            if type == "IHDR" {
                XCTAssertEqual(u32(i + 8), width)
                XCTAssertEqual(u32(i + 12), height)
                depth = Int(png[i + 16])
            }
            if type == "IDAT" { idat += typeAndData.dropFirst(4) }
            i += 12 + length
        }
        XCTAssertEqual(types, ["IHDR", "PLTE", "IDAT", "IEND"])
        XCTAssertEqual(Array(idat.prefix(2)), [0x78, 0x01])
        var raw: [UInt8] = []
        var j = 2
        while true {
            let final = idat[j] & 1
            let len = Int(idat[j + 1]) | Int(idat[j + 2]) << 8
            XCTAssertEqual(len ^ 0xFFFF, Int(idat[j + 3]) | Int(idat[j + 4]) << 8)
            raw += idat[(j + 5)..<(j + 5 + len)]
            j += 5 + len
            if final == 1 { break }
        }
        XCTAssertEqual(raw.count, height * (1 + (width * depth + 7) / 8))
        XCTAssertEqual(UInt32(u32InArray(idat, j)), PNGEncoder.adler32(raw))
    }

    private func u32InArray(_ a: [UInt8], _ at: Int) -> Int {
        Int(a[at]) << 24 | Int(a[at + 1]) << 16 | Int(a[at + 2]) << 8 | Int(a[at + 3])
    }
}
