/// Reads a zip file's central directory and unpacks single entries, within `WorkbookLimits`.
/// Only what .xlsx files use: stored and deflated entries, no zip64, no encryption.
struct ZipArchive {
    /// One entry as the central directory describes it.
    struct Entry {
        var name: String
        var flags: UInt16
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int
        var size: Int
        var localHeaderOffset: Int
    }

    static let localSignature: [UInt8] = [0x50, 0x4B, 0x03, 0x04]

    let bytes: [UInt8]
    let limits: WorkbookLimits
    /// By lowercased name without a leading slash: OPC part names are case-insensitive.
    private(set) var entries: [String: Entry] = [:]

    init(_ bytes: [UInt8], limits: WorkbookLimits = .standard) throws(WorkbookError) {
        self.bytes = bytes
        self.limits = limits
        let end = try Self.endOfCentralDirectory(bytes)
        let count = Int(try u16(end + 10))
        let directorySize = Int(try u32(end + 12))
        let directoryOffset = Int(try u32(end + 16))
        if count == 0xFFFF || directoryOffset == 0xFFFF_FFFF || directorySize == 0xFFFF_FFFF {
            throw .unsupported(part: "zip", detail: "zip64")
        }
        if count > limits.maxEntries { throw .tooManyEntries(count: count, limit: limits.maxEntries) }
        var at = directoryOffset
        for _ in 0..<count {
            guard try u32(at) == 0x0201_4B50 else { throw .corrupt(part: "zip", detail: "central directory") }
            let nameLength = Int(try u16(at + 28)), extraLength = Int(try u16(at + 30)), commentLength = Int(try u16(at + 32))
            guard at + 46 + nameLength <= bytes.count else { throw .corrupt(part: "zip", detail: "central directory") }
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            let entry = Entry(name: name, flags: try u16(at + 8), method: try u16(at + 10), crc: try u32(at + 16),
                              compressedSize: Int(try u32(at + 20)), size: Int(try u32(at + 24)),
                              localHeaderOffset: Int(try u32(at + 42)))
            entries[Self.key(name)] = entry
            at += 46 + nameLength + extraLength + commentLength
        }
    }

    static func key(_ name: String) -> String {
        String(name.drop { $0 == "/" }).lowercased()
    }

    func contains(_ name: String) -> Bool { entries[Self.key(name)] != nil }

    /// The unpacked bytes of `name`, checked against the limits before and while inflating, and
    /// against the recorded CRC-32 after.
    func read(_ name: String) throws(WorkbookError) -> [UInt8] {
        guard let entry = entries[Self.key(name)] else { throw .missingPart(name) }
        let part = entry.name
        if entry.flags & 1 != 0 { throw .unsupported(part: part, detail: "encrypted entry") }
        if entry.size > limits.maxPartBytes {
            throw .partTooLarge(part: part, bytes: entry.size, limit: limits.maxPartBytes)
        }
        if entry.size > limits.ratioFloor, entry.size / max(entry.compressedSize, 1) > limits.maxRatio {
            throw .ratioTooHigh(part: part, ratio: entry.size / max(entry.compressedSize, 1), limit: limits.maxRatio)
        }
        let local = entry.localHeaderOffset
        guard try u32(local) == 0x0403_4B50 else { throw .corrupt(part: part, detail: "local header") }
        let start = local + 30 + Int(try u16(local + 26)) + Int(try u16(local + 28))
        guard start + entry.compressedSize <= bytes.count else { throw .corrupt(part: part, detail: "truncated") }
        let raw = bytes[start..<(start + entry.compressedSize)]
        let data: [UInt8]
        switch entry.method {
        case 0:
            data = Array(raw)
        case 8:
            // The declared size is the ceiling: a bomb that claims little and unpacks much stops here.
            switch Result(catching: { () throws(Zlib.Problem) -> [UInt8] in try Zlib.inflate(raw, limit: entry.size) }) {
            case .success(let inflated): data = inflated
            case .failure(.tooLarge): throw .corrupt(part: part, detail: "unpacks to more than its declared \(entry.size) bytes")
            case .failure(.corrupt(let detail)): throw .corrupt(part: part, detail: detail)
            }
        default:
            throw .unsupported(part: part, detail: "compression method \(entry.method)")
        }
        guard data.count == entry.size else { throw .corrupt(part: part, detail: "size differs from the directory") }
        guard Zlib.crc32(data[...]) == entry.crc else { throw .corrupt(part: part, detail: "CRC-32 mismatch") }
        return data
    }

    /// The end-of-central-directory record, searched backwards past a comment of up to 64 KiB.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws(WorkbookError) -> Int {
        guard bytes.count >= 22 else { throw .corrupt(part: "zip", detail: "too short") }
        var at = bytes.count - 22
        let stop = max(0, bytes.count - 22 - 65_535)
        while at >= stop {
            if bytes[at] == 0x50, bytes[at + 1] == 0x4B, bytes[at + 2] == 0x05, bytes[at + 3] == 0x06 { return at }
            at -= 1
        }
        throw .corrupt(part: "zip", detail: "no end of central directory")
    }

    private func u16(_ at: Int) throws(WorkbookError) -> UInt16 {
        guard at >= 0, at + 2 <= bytes.count else { throw .corrupt(part: "zip", detail: "truncated") }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    private func u32(_ at: Int) throws(WorkbookError) -> UInt32 {
        guard at >= 0, at + 4 <= bytes.count else { throw .corrupt(part: "zip", detail: "truncated") }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
