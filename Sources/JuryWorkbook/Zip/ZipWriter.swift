/// Builds a zip file in memory: entries deflated through zlib (or stored when that is not
/// smaller), a fixed timestamp so the same content gives the same bytes, UTF-8 names.
struct ZipWriter {
    private var output: [UInt8] = []
    private var directory: [UInt8] = []
    private var count = 0
    /// Off for files committed to the repository: stored entries are the same bytes with any zlib.
    var deflates = true

    /// 1980-01-01 00:00 in DOS form: the earliest a zip can say, and reproducible.
    private static let dosTime: UInt16 = 0
    private static let dosDate: UInt16 = (0 << 9) | (1 << 5) | 1

    mutating func add(_ name: String, _ data: [UInt8]) {
        let deflated = deflates ? Zlib.deflate(data) : []
        let useDeflate = !deflated.isEmpty && deflated.count < data.count
        let body = useDeflate ? deflated : data
        let method: UInt16 = useDeflate ? 8 : 0
        let crc = Zlib.crc32(data[...])
        let nameBytes = Array(name.utf8)
        let offset = output.count
        // Bit 11: the name is UTF-8.
        let flags: UInt16 = 1 << 11
        output += [0x50, 0x4B, 0x03, 0x04]
        output += le16(20) + le16(flags) + le16(method) + le16(Self.dosTime) + le16(Self.dosDate)
        output += le32(crc) + le32(UInt32(body.count)) + le32(UInt32(data.count))
        output += le16(UInt16(nameBytes.count)) + le16(0) + nameBytes
        output += body
        directory += [0x50, 0x4B, 0x01, 0x02]
        directory += le16(20) + le16(20) + le16(flags) + le16(method) + le16(Self.dosTime) + le16(Self.dosDate)
        directory += le32(crc) + le32(UInt32(body.count)) + le32(UInt32(data.count))
        directory += le16(UInt16(nameBytes.count)) + le16(0) + le16(0) + le16(0) + le16(0) + le32(0)
        directory += le32(UInt32(offset)) + nameBytes
        count += 1
    }

    /// The finished archive.
    func bytes() -> [UInt8] {
        var out = output + directory
        out += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(UInt16(count)) + le16(UInt16(count))
        out += le32(UInt32(directory.count)) + le32(UInt32(output.count)) + le16(0)
        return out
    }

    private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private func le32(_ v: UInt32) -> [UInt8] { [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF), UInt8((v >> 16) & 0xFF), UInt8(v >> 24)] }
}
