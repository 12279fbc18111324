import Foundation
import XCTest

/// Compares text with a snapshot file kept beside the test; `RECORD_SNAPSHOTS=1` re-records it.
///
/// Snapshots live in `__Snapshots__/<TestFile>/<name>.txt` next to the calling test file, so a
/// review of a UI change is a review of a plain-text diff.
public func assertSnapshot(_ text: String, named name: String,
                           file: StaticString = #filePath, line: UInt = #line) {
    let testFile = URL(fileURLWithPath: "\(file)")
    let folder = testFile.deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")
        .appendingPathComponent(testFile.deletingPathExtension().lastPathComponent)
    let url = folder.appendingPathComponent("\(name).txt")
    let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: url, encoding: .utf8)
    if recording || existing == nil {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        } catch {
            XCTFail("could not write snapshot \(url.path): \(error)", file: file, line: line)
            return
        }
        if !recording {
            XCTFail("recorded new snapshot \(url.path); check it and run again", file: file, line: line)
        }
        return
    }
    guard let expected = existing, expected != text else { return }
    let a = expected.components(separatedBy: "\n"), b = text.components(separatedBy: "\n")
    var diff: [String] = []
    for i in 0..<max(a.count, b.count) where (i < a.count ? a[i] : nil) != (i < b.count ? b[i] : nil) {
        diff.append("line \(i + 1):\n  expected |\(i < a.count ? a[i] : "<none>")|\n  actual   |\(i < b.count ? b[i] : "<none>")|")
        if diff.count >= 8 { break }
    }
    XCTFail("snapshot \(name) differs (RECORD_SNAPSHOTS=1 to re-record)\n" + diff.joined(separator: "\n"),
            file: file, line: line)
}
