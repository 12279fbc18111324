import Foundation
import JuryStore

extension EffectRunner {
    func run(_ effect: FileEffect, _ l10n: Localizer) throws -> Reply {
        switch effect {
        case .open(let stored):
            let path = ExternalViewer.resolve(stored, baseFolder: try baseFolder())
            switch viewer.open(path) {
            case .opened(let name): return .info(l10n(.viewerOpened, ["viewer": name, "path": path]))
            case .viewerMissing(let name): return .failed(l10n(.viewerMissing, ["viewer": name]))
            case .fileMissing(let path): return .failed(l10n(.fileMissing, ["path": path]))
            case .failed(let name, let reason): return .failed(l10n(.viewerFailed, ["viewer": name, "reason": reason]))
            case .noDisplay(let path): return .failed(l10n(.viewerNoDisplay, ["path": path]))
            }
        }
    }

    /// The folder the registrations were imported from (screenshots are relative to it), else the database's folder.
    func baseFolder() throws -> String {
        if let stored = try store.settings.value(for: Store.mediaFolderKey), !stored.isEmpty { return stored }
        let folder = (store.path as NSString).deletingLastPathComponent
        return folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
    }
}
