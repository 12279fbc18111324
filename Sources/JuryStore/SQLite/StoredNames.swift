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
    func value(_ bytes: some Collection<UInt8>) -> Value? { Self.withBuffer(bytes, value(in:)) }

    /// The cases named in a comma-separated list ("douyin,kuaishou"); unknown names are skipped.
    func list(_ stored: some Collection<UInt8>) -> [Value] { Self.withBuffer(stored, list(in:)) }

    /// The bytes as one buffer: their own storage when they have it, else a copy.
    private static func withBuffer<R>(_ bytes: some Collection<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = bytes.withContiguousStorageIfAvailable(body) { return result }
        return Array(bytes).withUnsafeBufferPointer(body)
    }

    /// The same list, shared with earlier rows that stored the same one: a page of 200 rows holds a
    /// few distinct lists, and an array made and freed per row was a tenth of reading the page.
    func list(_ stored: UnsafeBufferPointer<UInt8>, sharing lists: inout [UInt64: [Value]]) -> [Value] {
        // The key: each known name's case number + 1 in four bits, in order (at most 15 cases and 16 names).
        guard spans.count < 16 else { return list(in: stored) }
        var key: UInt64 = 0, count = 0
        forEachName(in: stored) { number in
            key = key << 4 | UInt64(number + 1)
            count += 1
        }
        guard count <= 16 else { return list(in: stored) }
        if let shared = lists[key] { return shared }
        let made = list(in: stored)
        lists[key] = made
        return made
    }

    private func list(in bytes: UnsafeBufferPointer<UInt8>) -> [Value] {
        var values: [Value] = []
        forEachName(in: bytes) { values.append(spans[$0].value) }
        return values
    }

    /// Calls `body` with the case number of each known name in a comma-separated list, in order.
    private func forEachName(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != UInt8(ascii: ",") { end += 1 }
            if let number = number(of: UnsafeBufferPointer(rebasing: bytes[start..<end])) { body(number) }
            start = end + 1
        }
    }

    private func value(in bytes: UnsafeBufferPointer<UInt8>) -> Value? { number(of: bytes).map { spans[$0].value } }

    /// The case number (its place in `allCases`) whose raw value is exactly these bytes.
    private func number(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard let first = bytes.first else { return nil }
        return names.withUnsafeBufferPointer { names in
            spans.withUnsafeBufferPointer { spans in
                for (number, span) in spans.enumerated() where span.end - span.start == bytes.count && names[span.start] == first {
                    var i = 1
                    while i < bytes.count && names[span.start + i] == bytes[i] { i += 1 }
                    if i == bytes.count { return number }
                }
                return nil
            }
        }
    }
}
