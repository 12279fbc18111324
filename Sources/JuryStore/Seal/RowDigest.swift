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
        var buffer: [UInt8] = []
        buffer.reserveCapacity(256)
        // Decimal digits straight into the buffer: a String per number was a visible share of verify.
        func appendDecimal(_ value: Int64) {
            if value < 0 { buffer.append(0x2D) }
            var v = value.magnitude
            var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                          UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
                (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            var count = 0
            withUnsafeMutableBytes(of: &digits) { d in
                repeat {
                    d[count] = 0x30 + UInt8(v % 10)
                    v /= 10
                    count += 1
                } while v > 0
                for i in stride(from: count - 1, through: 0, by: -1) { buffer.append(d[i]) }
            }
        }
        func appendLength(_ n: Int) { appendDecimal(Int64(n)); buffer.append(0x3A) }
        appendLength(table.rawValue.utf8.count); buffer.append(contentsOf: table.rawValue.utf8)
        appendLength(key.utf8.count); buffer.append(contentsOf: key.utf8)
        var checks: [UInt8] = []
        checks.reserveCapacity(names.count * 4)
        for (offset, name) in names.enumerated() {
            let start = buffer.count
            let i = first + Int32(offset)
            appendLength(name.utf8.count); buffer.append(contentsOf: name.utf8)
            let handle = statement.handle
            switch sqlite3_column_type(handle, i) {
            case SQLITE_NULL:
                buffer.append(0x4E) // N
            case SQLITE_INTEGER:
                buffer.append(0x49) // I
                appendDecimal(sqlite3_column_int64(handle, i))
                buffer.append(0x3B)
            case SQLITE_FLOAT:
                buffer.append(0x52) // R
                let text = String(sqlite3_column_double(handle, i).bitPattern, radix: 16)
                appendLength(text.utf8.count); buffer.append(contentsOf: text.utf8)
            default:
                // Text and blobs as their bytes: no String round trip on the hot path of verify.
                buffer.append(sqlite3_column_type(handle, i) == SQLITE_BLOB ? 0x42 : 0x54)
                let n = Int(sqlite3_column_bytes(handle, i))
                appendLength(n)
                if n > 0, let p = sqlite3_column_blob(handle, i) {
                    buffer.append(contentsOf: UnsafeRawBufferPointer(start: p, count: n))
                }
            }
            guard checksums else { continue }
            var fnv: UInt32 = 0x811C_9DC5
            for byte in buffer[start...] { fnv = (fnv ^ UInt32(byte)) &* 0x0100_0193 }
            // Four lower-case hex digits, written as bytes (a String per column was a visible cost).
            let check = UInt16(truncatingIfNeeded: fnv ^ (fnv >> 16))
            for shift in stride(from: 12, through: 0, by: -4) {
                let nibble = UInt8(truncatingIfNeeded: check >> UInt16(shift)) & 0x0F
                checks.append(nibble < 10 ? 0x30 + nibble : 0x57 + nibble)
            }
        }
        var sha = SHA256()
        sha.update(buffer)
        raw = sha.finalize()
        columns = String(decoding: checks, as: UTF8.self)
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
