import CSQLite3

/// The seal of one row read by a statement: SHA-256 over the table, the key and each column's
/// name, storage class and bytes (length-prefixed, so no two rows serialise alike), and a 16-bit
/// FNV-1a checksum per column so `verify` can say which column changed.
struct RowDigest {
    let raw: [UInt8]
    let columns: String
    var hash: String { Hex.encode(raw) }

    /// Reads columns `first..<first+names.count` of the statement's current row; the per-column
    /// checksums only when asked (verify needs them only for a row that does not match).
    init(table: SealedTable, key: String, statement: Statement, first: Int32, names: [String], checksums: Bool = true) {
        var s = Serializer(table: table, key: key, columns: names.count, checksums: checksums)
        let handle = statement.handle
        for (offset, name) in names.enumerated() {
            let i = first + Int32(offset)
            let start = s.beginColumn(name)
            switch sqlite3_column_type(handle, i) {
            case SQLITE_NULL: s.null()
            case SQLITE_INTEGER: s.integer(sqlite3_column_int64(handle, i))
            case SQLITE_FLOAT: s.real(sqlite3_column_double(handle, i))
            case let type:
                // Text and blobs as their bytes: no String round trip on the hot path of verify.
                let n = Int(sqlite3_column_bytes(handle, i))
                s.bytes(blob: type == SQLITE_BLOB, n > 0 ? UnsafeRawBufferPointer(start: sqlite3_column_blob(handle, i), count: n) : nil)
            }
            s.endColumn(from: start)
        }
        (raw, columns) = s.finish()
    }

    /// The seal of a row from the values it holds, in `names` order: the same as reading the row
    /// back, when SQLite stores the values exactly as given (a STRICT table, each of its declared type).
    init(table: SealedTable, key: String, values: [SQLValue], names: [String]) {
        var s = Serializer(table: table, key: key, columns: names.count, checksums: true)
        for (name, value) in zip(names, values) {
            let start = s.beginColumn(name)
            switch value {
            case .null: s.null()
            case .integer(let v): s.integer(v)
            case .real(let d): s.real(d)
            case .text(var text): text.withUTF8 { s.bytes(blob: false, $0.isEmpty ? nil : UnsafeRawBufferPointer($0)) }
            case .blob(let data): data.withUnsafeBytes { s.bytes(blob: true, $0.isEmpty ? nil : $0) }
            }
            s.endColumn(from: start)
        }
        (raw, columns) = s.finish()
    }

    /// The bytes a seal hashes: the table, the key, then each column's name, storage class and
    /// value, all length-prefixed; and the per-column checksums beside them. Written into memory of
    /// its own, not an Array: an append with its capacity and uniqueness checks per byte was most of
    /// an import's sealing. `finish` hashes it and frees it.
    private struct Serializer {
        private var bytes: UnsafeMutablePointer<UInt8>
        private var capacity = 512
        private var count = 0
        private var checks: [UInt8] = []
        let checksums: Bool

        init(table: SealedTable, key: String, columns: Int, checksums: Bool) {
            self.checksums = checksums
            bytes = .allocate(capacity: capacity)
            if checksums { checks.reserveCapacity(columns * 4) }
            appendText(table.rawValue)
            appendText(key)
        }

        private mutating func reserve(_ n: Int) {
            guard count + n > capacity else { return }
            while capacity < count + n { capacity *= 2 }
            let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            grown.update(from: bytes, count: count)
            bytes.deallocate()
            bytes = grown
        }

        private mutating func append(_ byte: UInt8) {
            reserve(1)
            bytes[count] = byte
            count += 1
        }

        private mutating func append(_ raw: UnsafeRawBufferPointer) {
            guard let base = raw.baseAddress, raw.count > 0 else { return }
            reserve(raw.count)
            (bytes + count).update(from: base.assumingMemoryBound(to: UInt8.self), count: raw.count)
            count += raw.count
        }

        /// Length-prefixed UTF-8.
        private mutating func appendText(_ text: String) {
            var text = text
            text.withUTF8 { utf8 in
                appendLength(utf8.count)
                append(UnsafeRawBufferPointer(utf8))
            }
        }

        // Decimal digits straight into the buffer: a String per number was a visible share of verify.
        private mutating func appendDecimal(_ value: Int64) {
            reserve(20)
            if value < 0 { bytes[count] = 0x2D; count += 1 }
            var v = value.magnitude
            var digits = 0
            repeat {
                bytes[count + digits] = 0x30 + UInt8(v % 10)
                v /= 10
                digits += 1
            } while v > 0
            // Written least significant first: turn them round.
            var (i, j) = (count, count + digits - 1)
            while i < j { (bytes[i], bytes[j]) = (bytes[j], bytes[i]); i += 1; j -= 1 }
            count += digits
        }

        private mutating func appendLength(_ n: Int) { appendDecimal(Int64(n)); append(0x3A) }

        /// Starts a column; returns where it starts, for its checksum.
        mutating func beginColumn(_ name: String) -> Int {
            let start = count
            appendText(name)
            return start
        }

        mutating func null() { append(0x4E) } // N

        mutating func integer(_ v: Int64) {
            append(0x49) // I
            appendDecimal(v)
            append(0x3B)
        }

        mutating func real(_ d: Double) {
            append(0x52) // R
            appendText(String(d.bitPattern, radix: 16))
        }

        mutating func bytes(blob: Bool, _ raw: UnsafeRawBufferPointer?) {
            append(blob ? 0x42 : 0x54) // B or T
            appendLength(raw?.count ?? 0)
            if let raw { append(raw) }
        }

        mutating func endColumn(from start: Int) {
            guard checksums else { return }
            var fnv: UInt32 = 0x811C_9DC5
            for i in start..<count { fnv = (fnv ^ UInt32(bytes[i])) &* 0x0100_0193 }
            // Four lower-case hex digits, written as bytes (a String per column was a visible cost).
            let check = UInt16(truncatingIfNeeded: fnv ^ (fnv >> 16))
            for shift in stride(from: 12, through: 0, by: -4) {
                let nibble = UInt8(truncatingIfNeeded: check >> UInt16(shift)) & 0x0F
                checks.append(nibble < 10 ? 0x30 + nibble : 0x57 + nibble)
            }
        }

        func finish() -> ([UInt8], String) {
            defer { bytes.deallocate() }
            var sha = SHA256()
            sha.update(UnsafeBufferPointer(start: bytes, count: count))
            return (sha.finalize(), String(decoding: checks, as: UTF8.self))
        }
    }

    /// The first column whose checksum differs from `sealed` (nil when none does).
    func firstChangedColumn(sealed: String, names: [String]) -> String? {
        let mine = Array(columns.utf8), theirs = Array(sealed.utf8)
        for (i, name) in names.enumerated() {
            let range = (i * 4)..<(i * 4 + 4)
            guard range.upperBound <= theirs.count else { return name }
            if mine[range] != theirs[range] { return name }
        }
        return nil
    }
}
