/// `CSVReader` on UTF-8 bytes fed in chunks: records come out one at a time as the bytes arrive, so
/// a file of any size is split in the memory of its longest record. Same rules as `CSVReader`:
/// CRLF, LF or CR line ends, quoted fields with delimiters, doubled quotes and line breaks, a
/// leading BOM skipped, empty lines skipped, text after a closing quote kept.
public struct CSVByteReader {
    private let delimiter: UInt8
    private var fields: [String] = []
    private var field: [UInt8] = []
    private var line = 1
    private var recordLine = 1
    private var quoteLine = 1
    private var inQuotes = false
    /// A quote inside a quoted field: a doubled quote or the closing one, decided by the next byte.
    private var quotePending = false
    private var atFieldStart = true
    private var recordHasContent = false
    /// The previous byte was a CR: a LF now belongs to it (in a field it is not a second line).
    private var afterCR = false
    private var bomState = 0

    /// `delimiter` must be ASCII (bytes of a multi-byte character never are).
    public init(delimiter: UInt8 = UInt8(ascii: ",")) {
        self.delimiter = delimiter
        field.reserveCapacity(256)
    }

    /// Splits more bytes, calling `record` for each record they complete.
    public mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>, _ record: (CSVReader.Record) throws -> Void) rethrows {
        var i = 0
        let n = bytes.count
        // A leading UTF-8 BOM (EF BB BF) is not text; it may arrive split over chunks.
        while bomState < 3 && i < n {
            let expected: [UInt8] = [0xEF, 0xBB, 0xBF]
            if bytes[i] == expected[bomState] {
                bomState += 1
                i += 1
            } else {
                // Not a BOM after all: what matched so far is content.
                let matched = bomState
                bomState = 3
                for k in 0..<matched { try consume(expected[k], record) }
            }
        }
        while i < n {
            let c = bytes[i]
            i += 1
            // Plain bytes of an unquoted field: the common case, without the state machine.
            if !inQuotes && !quotePending && c != delimiter && c > 0x22 {
                field.append(c)
                atFieldStart = false
                recordHasContent = true
                afterCR = false
                continue
            }
            try consume(c, record)
        }
    }

    /// Ends the input: the last record without a line end comes out; an open quote is returned.
    public mutating func finish(_ record: (CSVReader.Record) throws -> Void) rethrows -> CSVReader.UnterminatedQuote? {
        if bomState > 0 && bomState < 3 {
            let matched = bomState
            bomState = 3
            for b in [UInt8]([0xEF, 0xBB, 0xBF]).prefix(matched) { try consume(b, record) }
        }
        if quotePending {
            quotePending = false
            inQuotes = false
        }
        if inQuotes { return CSVReader.UnterminatedQuote(line: quoteLine) }
        try endRecord(record)
        return nil
    }

    private mutating func consume(_ c: UInt8, _ record: (CSVReader.Record) throws -> Void) rethrows {
        let wasCR = afterCR
        afterCR = c == 0x0D
        if quotePending {
            quotePending = false
            if c == 0x22 {
                field.append(0x22)
                return
            }
            inQuotes = false
        } else if inQuotes {
            if c == 0x22 {
                quotePending = true
            } else {
                // CRLF is one line break; a lone CR or LF is one too.
                if c == 0x0D || (c == 0x0A && !wasCR) { line += 1 }
                field.append(c)
            }
            return
        }
        switch c {
        case 0x0A where wasCR:
            return
        case 0x0D, 0x0A:
            try endRecord(record)
            line += 1
            recordLine = line
        case delimiter:
            recordHasContent = true
            endField()
        case 0x22 where atFieldStart:
            inQuotes = true
            quoteLine = line
            atFieldStart = false
            recordHasContent = true
        default:
            field.append(c)
            atFieldStart = false
            recordHasContent = true
        }
    }

    private mutating func endField() {
        fields.append(String(decoding: field, as: UTF8.self))
        field.removeAll(keepingCapacity: true)
        atFieldStart = true
    }

    private mutating func endRecord(_ record: (CSVReader.Record) throws -> Void) rethrows {
        if recordHasContent {
            endField()
            let done = CSVReader.Record(line: recordLine, fields: fields)
            fields.removeAll(keepingCapacity: true)
            try record(done)
        }
        fields.removeAll(keepingCapacity: true)
        field.removeAll(keepingCapacity: true)
        atFieldStart = true
        recordHasContent = false
    }
}
