import Foundation
import JuryCore

/// Writes a registrations CSV of `BenchEntrants` as the sign-up platform exports it (template
/// header, Chinese platform and topic names, "1.2万"-style counts on some rows, times without a
/// zone), row by row, so the file of any size is written in flat memory.
enum RegistrationCSV {
    static func write(count: Int, to path: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { throw BenchError.unexpected("cannot create \(path)") }
        defer { try? handle.close() }
        let schema = ImportSchema.registrations
        let writer = CSVWriter(byteOrderMark: false)
        var out = writer.write([schema.columns.map(\.zh)])
        // One entrant at a time: the generator itself must not be what fills memory.
        try BenchEntrants.forEach(count: count) { e in
            out += writer.write([row(e, schema)])
            if out.utf8.count > 1 << 20 {
                try handle.write(contentsOf: Data(out.utf8))
                out = ""
            }
        }
        try handle.write(contentsOf: Data(out.utf8))
    }

    private static func row(_ e: Entrant, _ schema: ImportSchema) -> [String] {
        var cells: [String: String] = [
            "entry_id": e.id, "name": e.name, "phone": e.phone, "union": e.union, "employer": e.employer, "city": e.city,
            "member": e.isUnionMember ? "是" : "否",
        ]
        for (k, a) in e.accounts.enumerated() {
            let n = k + 1
            cells["platform\(n)"] = a.platform.chineseName
            cells["nickname\(n)"] = a.nickname
            cells["homepage\(n)"] = a.homepage
            // Every third count the way platforms show it: 12.3万.
            cells["followers\(n)"] = a.followers % 3 == 0 && a.followers >= 10_000
                ? String(format: "%.1f万", Double(a.followers / 1000) / 10) : String(a.followers)
            cells["since\(n)"] = a.since.map { "\($0.year)年\($0.month)月" } ?? ""
            cells["original\(n)"] = a.originalPercent.map { "\($0)%" } ?? ""
            cells["screenshots\(n)"] = a.screenshots.joined(separator: ";")
        }
        if let w = e.pastWork {
            cells["past_title"] = w.title
            cells["past_platform"] = w.platform?.chineseName ?? ""
            cells["past_url"] = w.url
        }
        if let v = e.entryVideo {
            cells["video_title"] = v.title
            cells["video_file"] = v.file
            cells["duration"] = VideoDuration.format(v.durationSeconds)
            cells["resolution"] = "\(v.resolution)p"
            cells["topic"] = v.topic.chineseName
            cells["hashtag"] = v.hashtagPosted ? "是" : "否"
        }
        cells["registered_at"] = e.registeredAt.map { HumanTimestamp.display($0) } ?? ""
        return schema.columns.map { cells[$0.key] ?? "" }
    }
}
