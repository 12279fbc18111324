import Foundation
import JuryCore

/// Makes an entrant's relative screenshot paths absolute against the import file's folder, as
/// `Store.resolvingScreenshots` does, without building a URL for the plain paths nearly every
/// file holds (a URL per path was a visible share of a 100,000-row import).
struct ScreenshotResolver {
    let folder: String
    private let base: URL
    private let folderIsStandard: Bool

    init(folder: String) {
        self.folder = folder
        base = URL(fileURLWithPath: folder, isDirectory: true)
        folderIsStandard = folder.hasPrefix("/") && folder == URL(fileURLWithPath: folder).standardizedFileURL.path
    }

    func resolve(_ e: Entrant) -> Entrant {
        var e = e
        for i in e.accounts.indices {
            e.accounts[i].screenshots = e.accounts[i].screenshots.map(resolve)
        }
        return e
    }

    func resolve(_ p: String) -> String {
        if p.hasPrefix("/") { return p }
        // Joining is all standardising would do for a path without ".", "..", empty parts or a
        // trailing "/", below a folder that is itself standard.
        let utf8 = p.utf8
        let slash = UInt8(ascii: "/")
        let plain = !utf8.isEmpty && utf8.last != slash
            && !utf8.split(separator: slash, omittingEmptySubsequences: false).contains { $0.isEmpty || $0.first == UInt8(ascii: ".") }
        if plain && folderIsStandard {
            return folder == "/" ? "/" + p : folder + "/" + p
        }
        return base.appendingPathComponent(p).standardizedFileURL.path
    }
}
