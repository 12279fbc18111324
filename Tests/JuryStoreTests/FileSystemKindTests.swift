@testable import JuryStore
import XCTest

final class FileSystemKindTests: XCTestCase {
    func testNetworkAndFuseMagicsAreRefused() {
        XCTAssertEqual(FileSystemKind.classify(magic: 0x6969), .network(name: "nfs"))
        XCTAssertEqual(FileSystemKind.classify(magic: 0x517B), .network(name: "smb"))
        XCTAssertEqual(FileSystemKind.classify(magic: 0xFE53_4D42), .network(name: "smb2"))
        XCTAssertEqual(FileSystemKind.classify(magic: 0xFF53_4D42), .network(name: "cifs"))
        XCTAssertEqual(FileSystemKind.classify(magic: 0x6573_5546), .network(name: "fuse"))
        XCTAssertEqual(FileSystemKind.classify(magic: 0x0102_1997), .network(name: "9p"))
        XCTAssertEqual(FileSystemKind.classify(magic: 0x5346_414F), .network(name: "afs"))
        XCTAssertEqual(FileSystemKind.classify(magic: 0x00C3_6400), .network(name: "ceph"))
    }

    func testSignExtendedMagicStillMatches() {
        // On ABIs where f_type is a signed long, CIFS's magic arrives sign-extended.
        XCTAssertEqual(FileSystemKind.classify(magic: UInt64(bitPattern: Int64(Int32(bitPattern: 0xFF53_4D42)))),
                       .network(name: "cifs"))
    }

    func testLocalFilesystems() {
        XCTAssertEqual(FileSystemKind.classify(magic: 0xEF53), .local) // ext4
        XCTAssertEqual(FileSystemKind.classify(magic: 0x0102_1994), .local) // tmpfs
        XCTAssertEqual(FileSystemKind.classify(magic: 0x5846_5342), .local) // xfs
        XCTAssertEqual(FileSystemKind.classify(magic: 0x9123_683E), .local) // btrfs
        XCTAssertEqual(FileSystemKind.of(folder: NSTemporaryDirectory()), .local)
    }

    func testRefusalMessageSaysWhyAndWhatToDo() {
        let e = StoreError.networkFilesystem(path: "/mnt/share/jury.sqlite", filesystem: "nfs")
        let en = e.message(language: .en), zh = e.message(language: .zh)
        XCTAssertTrue(en.contains("shared memory") && en.contains("SSH") && en.contains("--journal delete"), en)
        XCTAssertTrue(zh.contains("共享内存") && zh.contains("SSH") && zh.contains("--journal delete"), zh)
    }
}
