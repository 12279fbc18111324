import CCrypt
import Foundation

/// Hashes and checks PINs with yescrypt through the system libcrypt.
public enum PinHasher {
    /// A new yescrypt hash of `pin` with a fresh random salt at libcrypt's default cost.
    public static func hash(_ pin: String) throws -> String {
        var setting = [CChar](repeating: 0, count: Int(jd_crypt_gensalt_output_size()))
        // count 0 = libcrypt's default cost; nil random bytes = libcrypt reads the OS's random source.
        guard crypt_gensalt_rn("$y$", 0, nil, 0, &setting, Int32(setting.count)) != nil else {
            throw StoreError.pinHashing(reason: "crypt_gensalt_rn($y$) failed, errno \(errno)")
        }
        let settingText = String(decoding: setting.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        return try crypt(pin, setting: settingText)
    }

    /// True when `pin` re-hashes to `stored`; the comparison takes the same time wherever they differ.
    public static func verify(_ pin: String, against stored: String) -> Bool {
        guard let again = try? crypt(pin, setting: stored) else { return false }
        return constantTimeEqual(Array(again.utf8), Array(stored.utf8))
    }

    static func crypt(_ pin: String, setting: String) throws -> String {
        let size = Int(jd_crypt_data_size())
        // struct crypt_data is ~32 KiB: too big for the stack of a secondary thread, so heap it.
        let raw = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        raw.initializeMemory(as: UInt8.self, repeating: 0, count: size)
        defer { raw.deallocate() }
        let data = raw.bindMemory(to: crypt_data.self, capacity: 1)
        var out = [CChar](repeating: 0, count: Int(jd_crypt_output_size()))
        let rc = jd_crypt_into(pin, setting, data, &out, Int32(out.count))
        guard rc == 0 else { throw StoreError.pinHashing(reason: "crypt_r rejected the setting") }
        return String(decoding: out.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        var diff = UInt8(truncatingIfNeeded: a.count ^ b.count)
        for i in 0..<max(a.count, b.count) {
            diff |= (i < a.count ? a[i] : 0) ^ (i < b.count ? b[i] : 0)
        }
        return diff == 0
    }
}
