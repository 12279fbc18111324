import CSQLite3
import Foundation

/// What kind of filesystem holds the database file, as far as WAL mode cares.
public enum FileSystemKind: Equatable, Sendable {
    /// A disk on this host: WAL's shared-memory index works.
    case local
    /// Shared with other hosts or served by a user-space daemon: WAL's shared memory cannot be trusted.
    case network(name: String)

    /// Magic numbers from statfs(2)'s `f_type` for filesystems where WAL must be refused.
    static let networkMagics: [UInt64: String] = [
        0x6969: "nfs",
        0x517B: "smb",
        0xFE53_4D42: "smb2",
        0xFF53_4D42: "cifs",
        0x6573_5546: "fuse",
        0x0102_1997: "9p",
        0x5346_414F: "afs",
        0x6B41_4653: "kafs",
        0x00C3_6400: "ceph",
        0x7375_7245: "coda",
        0x564C: "ncp",
        0x0116_1970: "gfs2",
        0x7461_636F: "ocfs2",
        0x0BD0_0BD0: "lustre",
        0x4750_4653: "gpfs",
        0x786F_4256: "vboxsf",
        0x0BAD_1DEA: "fhgfs",
        0x1979_9001: "beegfs",
    ]

    /// Classifies a statfs `f_type` value (pure, so it is tested by value).
    public static func classify(magic: UInt64) -> FileSystemKind {
        // f_type is a signed word on some ABIs; keep only the 32 bits the magics use.
        let m = magic & 0xFFFF_FFFF
        if let name = networkMagics[m] { return .network(name: name) }
        return .local
    }

    /// Filesystem type names (as /proc/self/mountinfo gives them) where WAL must be refused.
    /// virtiofs and GlusterFS report FUSE's magic, so statfs alone would call them "fuse"; the
    /// mount table names them, and catches any `fuse.*` daemon by name.
    static let networkTypeNames: Set<String> = [
        "nfs", "nfs4", "smb", "smb3", "smbfs", "cifs", "9p", "afs", "ceph", "coda", "ncpfs", "gfs2", "ocfs2",
        "lustre", "gpfs", "vboxsf", "beegfs", "virtiofs", "glusterfs", "sshfs", "davfs", "fuse", "fuseblk",
    ]

    /// Classifies a mount table type name (pure, tested by value); nil for one not known to be shared.
    public static func classify(typeName: String) -> FileSystemKind? {
        let name = typeName.lowercased()
        if networkTypeNames.contains(name) { return .network(name: name) }
        // fuse.glusterfs, fuse.sshfs, fuse.ceph-fuse, fuse.s3fs…: a user-space daemon serves them.
        if name.hasPrefix("fuse.") { return .network(name: String(name.dropFirst("fuse.".count))) }
        return nil
    }

    /// Classifies the filesystem holding `folder`; nil when statfs fails (e.g. folder missing).
    public static func of(folder: String) -> FileSystemKind? {
        var type: Int64 = 0
        guard jd_statfs_type(folder, &type) == 0 else { return nil }
        let byMagic = classify(magic: UInt64(bitPattern: type))
        // The mount table gives the precise name (virtiofs rather than fuse) and knows names
        // whose magic this list lacks.
        if let name = mountType(of: folder), let byName = classify(typeName: name) { return byName }
        return byMagic
    }

    /// Classifies the filesystem the database file really lives on: symlinks are followed, so a
    /// link on a local disk to a file on NFS is judged by NFS. For a file not created yet, its folder.
    public static func of(databasePath path: String) -> FileSystemKind? {
        of(folder: (realLocation(of: path) as NSString).deletingLastPathComponent)
    }

    /// `path` with every symlink resolved (realpath(3)); for a file that does not exist yet, its
    /// folder resolved and the name appended. Relative paths are taken from the working folder.
    public static func realLocation(of path: String) -> String {
        if let resolved = realPath(path) { return resolved }
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let base = realPath(folder.isEmpty ? "." : folder) ?? folder
        return (base as NSString).appendingPathComponent(name)
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The type name of the mount holding `folder`, from /proc/self/mountinfo (Linux); nil elsewhere.
    static func mountType(of folder: String) -> String? {
        guard let table = try? String(contentsOfFile: "/proc/self/mountinfo", encoding: .utf8),
              let real = realPath(folder) else { return nil }
        return mountType(of: real, mountInfo: table)
    }

    /// The type of the longest mount point that contains `path`, from mountinfo text (pure, tested by value).
    public static func mountType(of path: String, mountInfo: String) -> String? {
        var best: (point: String, type: String)?
        for line in mountInfo.split(separator: "\n") {
            let fields = line.split(separator: " ")
            // id parent major:minor root mount-point options [optional…] - type source super-options
            guard fields.count > 6, let dash = fields.firstIndex(of: "-"), dash + 1 < fields.count else { continue }
            let point = unescapeMountPath(String(fields[4]))
            let inside = point == "/" || path == point || path.hasPrefix(point + "/")
            if inside && point.count >= (best?.point.count ?? -1) { best = (point, String(fields[dash + 1])) }
        }
        return best?.type
    }

    /// mountinfo writes space, tab, newline and backslash in paths as octal escapes (\040).
    private static func unescapeMountPath(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var out = "", chars = Array(text), i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 3 < chars.count, let code = UInt8(String(chars[(i + 1)...(i + 3)]), radix: 8) {
                out.append(Character(Unicode.Scalar(code)))
                i += 4
            } else {
                out.append(chars[i])
                i += 1
            }
        }
        return out
    }
}
