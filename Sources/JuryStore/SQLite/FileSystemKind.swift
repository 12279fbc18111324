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

    /// Classifies the filesystem holding `folder`; nil when statfs fails (e.g. folder missing).
    public static func of(folder: String) -> FileSystemKind? {
        var type: Int64 = 0
        guard jd_statfs_type(folder, &type) == 0 else { return nil }
        return classify(magic: UInt64(bitPattern: type))
    }
}
