import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns the bytes of an imported file into text: UTF-8 (with or without BOM), UTF-16 with BOM, or
/// GB18030 — what Chinese Excel writes for "CSV (逗号分隔)".
public enum TextDecoding {
    /// Why a file could not be read as text; the message says where and what to do.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// Neither UTF-8 nor GB18030; `byteOffset` is where decoding stopped (0-based).
        case undecodable(byteOffset: Int)
        /// The file is an .xlsx/.docx (a zip), not a CSV.
        case spreadsheetNotCSV
        /// The system's iconv has no GB18030 converter.
        case converterUnavailable

        public var zh: String {
            switch self {
            case .undecodable(let offset):
                "文件在第 \(offset) 字节处无法按 UTF-8 或 GB18030 解码。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重新导入。"
            case .spreadsheetNotCSV:
                "这是 Excel/Word 文件而不是 CSV。请在 Excel 中“另存为 → CSV UTF-8（逗号分隔）”后重新导入。"
            case .converterUnavailable:
                "系统缺少 GB18030 转换器（iconv）。请把文件另存为 CSV UTF-8 后重新导入。"
            }
        }

        public var en: String {
            switch self {
            case .undecodable(let offset):
                "the file cannot be decoded as UTF-8 or GB18030 at byte \(offset). In Excel use Save As → CSV UTF-8 (Comma delimited) and import again."
            case .spreadsheetNotCSV:
                "this is an Excel/Word file, not a CSV. In Excel use Save As → CSV UTF-8 (Comma delimited) and import again."
            case .converterUnavailable:
                "this system's iconv has no GB18030 converter. Save the file as CSV UTF-8 and import again."
            }
        }

        public var description: String { "\(zh) / \(en)" }
    }

    /// Decodes; strips a leading BOM. UTF-8 is tried first because valid GB18030 text is almost
    /// never valid UTF-8, while the reverse fails fast on the first multibyte character.
    public static func decode(_ data: Data) throws(Failure) -> String {
        let bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return try utf8(Array(bytes.dropFirst(3)), offsetBase: 3)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let le = bytes[0] == 0xFF
            guard let s = String(data: Data(bytes.dropFirst(2)), encoding: le ? .utf16LittleEndian : .utf16BigEndian) else {
                throw .undecodable(byteOffset: 2)
            }
            return s
        }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { throw .spreadsheetNotCSV }
        if let s = validUTF8(bytes) { return s }
        return try gb18030(bytes)
    }

    private static func validUTF8(_ bytes: [UInt8]) -> String? {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var out = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): out.append(s)
            case .emptyInput: return String(out)
            case .error: return nil
            }
        }
    }

    private static func utf8(_ bytes: [UInt8], offsetBase: Int) throws(Failure) -> String {
        if let s = validUTF8(bytes) { return s }
        // A BOM promises UTF-8; report where the promise breaks rather than guessing GB18030.
        var offset = 0
        var decoder = UTF8()
        var it = bytes.makeIterator()
        var consumed = 0
        while case .scalarValue(let s) = decoder.decode(&it) {
            consumed += UTF8.width(s)
            offset = consumed
        }
        throw .undecodable(byteOffset: offset + offsetBase)
    }

    /// GB18030 through the C library's iconv.
    private static func gb18030(_ bytes: [UInt8]) throws(Failure) -> String {
        let cd = iconv_open("UTF-8", "GB18030")
        guard let handle = cd, Int(bitPattern: handle) != -1 else { throw .converterUnavailable }
        defer { iconv_close(handle) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let total = input.count
        var failedAt: Int?
        var produced = 0
        input.withUnsafeMutableBufferPointer { inBuf in
            output.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var inLeft = total
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                var outLeft = outBuf.count
                if total > 0 && iconv(handle, &inPtr, &inLeft, &outPtr, &outLeft) == -1 {
                    failedAt = total - inLeft
                }
                produced = outBuf.count - outLeft
            }
        }
        if let failedAt { throw .undecodable(byteOffset: failedAt) }
        let utf8Bytes = output.prefix(produced).map { UInt8(bitPattern: $0) }
        guard let s = validUTF8(utf8Bytes) else { throw .undecodable(byteOffset: 0) }
        return s
    }
}
