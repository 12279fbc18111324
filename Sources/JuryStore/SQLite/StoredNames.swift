import JuryCore

/// A stored enum read back by comparing its raw value's bytes, as SQLite hands them over: no String is
/// made per row, and no lookup of a String among the cases' names (a page of the browser reads 200
/// rows, each with a stage and a list of platforms).
struct StoredNames<Value: RawRepresentable & CaseIterable & Sendable>: Sendable where Value.RawValue == String {
    /// Every case's raw value, one after another, and where each starts and ends: plain integers, so
    /// a lookup retains nothing.
    private let names: [UInt8]
    private let spans: [(start: Int, end: Int, value: Value)]

    init() {
        var names: [UInt8] = [], spans: [(start: Int, end: Int, value: Value)] = []
        for value in Value.allCases {
            spans.append((names.count, names.count + value.rawValue.utf8.count, value))
            names.append(contentsOf: value.rawValue.utf8)
        }
        self.names = names
        self.spans = spans
    }

    /// The case whose raw value is exactly these bytes.
    func value(_ bytes: some Collection<UInt8>) -> Value? {
        if let found = bytes.withContiguousStorageIfAvailable({ value(in: $0) }) { return found }
        return Array(bytes).withUnsafeBufferPointer { value(in: $0) }
    }

    /// The cases named in a comma-separated list ("douyin,kuaishou"); unknown names are skipped.
    func list(_ stored: some Collection<UInt8>) -> [Value] {
        if let found = stored.withContiguousStorageIfAvailable({ list(in: $0) }) { return found }
        return Array(stored).withUnsafeBufferPointer { list(in: $0) }
    }

    private func list(in bytes: UnsafeBufferPointer<UInt8>) -> [Value] {
        var values: [Value] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: ",") { end += 1 }
            if let value = value(in: UnsafeBufferPointer(rebasing: bytes[start..<end])) { values.append(value) }
            start = end + 1
        }
        return values
    }

    private func value(in bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard let first = bytes.first else { return nil }
        return names.withUnsafeBufferPointer { names in
            spans.withUnsafeBufferPointer { spans in
                for span in spans where span.end - span.start == bytes.count && names[span.start] == first {
                    var i = 1
                    while i < bytes.count && names[span.start + i] == bytes[i] { i += 1 }
                    if i == bytes.count { return span.value }
                }
                return nil
            }
        }
    }
}
