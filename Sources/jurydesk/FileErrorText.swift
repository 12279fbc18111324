import Foundation
import JuryApp

/// A file-system error from Foundation as a sentence a user can act on: which path, what went wrong
/// and what to do, in the interface language — never "The file doesn't exist." or
/// "NSCocoaErrorDomain error 512" on its own.
enum FileErrorText {
    /// The reason only (for messages that already name the path), e.g. "no such file: check the path".
    static func reason(_ error: Error, _ t: Localizer) -> String {
        let ns = error as NSError
        var code = ns.code
        // Cocoa wraps the POSIX cause; the POSIX code is the more precise of the two.
        if let posix = (ns.userInfo[NSUnderlyingErrorKey] as? NSError), posix.domain == NSPOSIXErrorDomain {
            code = posix.code
            return posixReason(Int32(code), t)
        }
        if ns.domain == NSPOSIXErrorDomain { return posixReason(Int32(code), t) }
        if ns.domain == NSCocoaErrorDomain {
            switch CocoaError.Code(rawValue: code) {
            case .fileNoSuchFile, .fileReadNoSuchFile:
                return posixReason(ENOENT, t)
            case .fileReadNoPermission, .fileWriteNoPermission:
                return posixReason(EACCES, t)
            case .fileWriteOutOfSpace:
                return posixReason(ENOSPC, t)
            case .fileWriteVolumeReadOnly:
                return posixReason(EROFS, t)
            case .fileWriteFileExists:
                return posixReason(EEXIST, t)
            case .fileReadInapplicableStringEncoding, .fileReadUnknownStringEncoding:
                return t.pick(zh: "不是可识别的文本编码：请另存为 UTF-8", en: "not in a text encoding it knows: save it as UTF-8")
            default:
                break
            }
        }
        return t.pick(zh: "读写失败（\(ns.domain) \(ns.code)）：请检查路径、权限和磁盘空间",
                      en: "it could not be read or written (\(ns.domain) \(ns.code)): check the path, the permissions and the free space")
    }

    static func posixReason(_ code: Int32, _ t: Localizer) -> String {
        switch code {
        case ENOENT: return t.pick(zh: "文件或目录不存在：请检查路径", en: "no such file or folder: check the path")
        case EACCES, EPERM: return t.pick(zh: "没有权限：请检查文件和所在目录的权限，或换一个位置",
                                          en: "permission denied: check the permissions of the file and its folder, or choose another place")
        case ENOSPC: return t.pick(zh: "磁盘已满：请腾出空间后重试", en: "the disk is full: free some space and try again")
        case EROFS: return t.pick(zh: "文件系统是只读的：请换一个位置", en: "the file system is read-only: choose another place")
        case EEXIST: return t.pick(zh: "已经存在：请换一个名字，或先移走它", en: "it already exists: choose another name or move it away first")
        case EISDIR: return t.pick(zh: "这是一个目录，不是文件", en: "it is a folder, not a file")
        case ENOTDIR: return t.pick(zh: "路径中有一部分不是目录", en: "part of the path is not a folder")
        default:
            return t.pick(zh: "读写失败（\(String(cString: strerror(code)))）：请检查路径和权限",
                          en: "it failed (\(String(cString: strerror(code)))): check the path and the permissions")
        }
    }

    /// The path a Foundation error names, if it names one.
    static func path(of error: Error) -> String? {
        let info = (error as NSError).userInfo
        if let path = info[NSFilePathErrorKey] as? String { return path }
        if let url = info[NSURLErrorKey] as? URL { return url.path }
        return nil
    }

    /// A whole message: the path (when known) and the reason.
    static func message(_ error: Error, _ t: Localizer) -> String {
        let why = reason(error, t)
        guard let path = path(of: error) else { return why }
        return t.pick(zh: "\(path)：\(why)", en: "\(path): \(why)")
    }
}
