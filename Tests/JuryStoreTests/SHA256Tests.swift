import CSHA256
@testable import JuryStore
import XCTest

final class SHA256Tests: XCTestCase {
    func testNISTVectors() {
        XCTAssertEqual(SHA256.hex(""), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256.hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"),
                       "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    func testOneMillionA() {
        var s = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { s.update(chunk) }
        XCTAssertEqual(Hex.encode(s.finalize()), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testIncrementalEqualsOneShot() {
        let text = Array("正能量职工网络达人 — 追光正能量 逐梦新达人".utf8)
        var s = SHA256()
        for b in text { s.update([b]) }
        XCTAssertEqual(Hex.encode(s.finalize()), SHA256.hex(text))
    }

    /// Both block paths of CSHA256 give the same state for the same blocks; the SHA-extension path
    /// is compared only on a CPU that has it (the vectors above go through whichever path runs).
    func testCPUExtensionPathEqualsPortablePath() throws {
        var generator = SystemRandomNumberGenerator()
        for blocks in [1, 2, 3, 7, 64] {
            let data = (0..<(blocks * 64)).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var portable: [UInt32] = [0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19]
            var fast = portable
            jurydesk_sha256_blocks_portable(&portable, data, blocks)
            guard jurydesk_sha256_blocks_shani(&fast, data, blocks) == 1 else {
                XCTAssertFalse(SHA256.usesCPUExtensions)
                throw XCTSkip("this CPU has no SHA extensions: only the portable path runs here")
            }
            XCTAssertEqual(fast, portable, "\(blocks) blocks")
        }
    }

    /// Every length around the block and padding boundaries, fed whole and in uneven pieces, against
    /// the portable path hashing the same padded message.
    func testEveryLengthAroundTheBlockBoundaries() {
        let bytes = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }
        for n in 0..<bytes.count {
            let message = Array(bytes[0..<n])
            var padded = message + [0x80] + [UInt8](repeating: 0, count: (119 - n % 64) % 64)
            for i in (0..<8).reversed() { padded.append(UInt8(truncatingIfNeeded: UInt64(n * 8) >> (UInt64(i) * 8))) }
            XCTAssertEqual(padded.count % 64, 0)
            var state: [UInt32] = [0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19]
            jurydesk_sha256_blocks_portable(&state, padded, padded.count / 64)
            let expected = state.flatMap { w in [24, 16, 8, 0].map { UInt8(truncatingIfNeeded: w >> $0) } }
            XCTAssertEqual(SHA256.digest(message), expected, "length \(n)")
            var pieces = SHA256()
            var i = 0, step = 1
            while i < n {
                let end = min(n, i + step)
                pieces.update(message[i..<end])
                i = end
                step = step % 70 + 13
            }
            XCTAssertEqual(pieces.finalize(), expected, "length \(n) in pieces")
        }
    }
}
