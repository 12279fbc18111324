import Foundation

/// What Foundation's JSON parser lets through or words badly, checked on the bytes before decoding:
/// a key written twice in one object (one of the two values would be silently dropped), a comma
/// before `}` or `]`, and a number no contest field could mean (±10^15 or more, e.g. `1e+308`).
/// Each is reported with its key path. Any other syntax error is left to the decoder's message.
enum StrictJSONSyntax {
    /// The largest magnitude a number in a definition may have: integers are still exact in a
    /// Double, and no count, weight, score or follower limit comes near it.
    static let largestNumber = 1e15

    static func check(_ data: Data) throws(ContestDefinitionError) {
        var scanner = Scanner(bytes: [UInt8](data))
        do {
            try scanner.run()
        } catch let error as ContestDefinitionError {
            throw error
        } catch {
            // Plain syntax errors: JSONDecoder reports them with its own position.
        }
    }

    /// Thrown to stop scanning at a syntax error the decoder will describe.
    private struct GiveUp: Error {}

    private struct Scanner {
        let bytes: [UInt8]
        var i = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
            if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        }

        mutating func run() throws {
            try value(path: [], depth: 0)
        }

        private var current: UInt8? { i < bytes.count ? bytes[i] : nil }

        private mutating func skipSpace() {
            while let c = current, c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D { i += 1 }
        }

        private static func render(_ path: [any CodingKey]) -> String {
            let text = DefinitionKeyPath.render(path)
            return text.isEmpty ? "$" : text
        }

        private mutating func value(path: [any CodingKey], depth: Int) throws {
            guard depth < 256 else { throw GiveUp() }
            skipSpace()
            guard let c = current else { throw GiveUp() }
            switch c {
            case UInt8(ascii: "{"): try object(path: path, depth: depth)
            case UInt8(ascii: "["): try array(path: path, depth: depth)
            case UInt8(ascii: "\""): _ = try string()
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number(path: path)
            case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
                while let l = current, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(l) { i += 1 }
            default: throw GiveUp()
            }
        }

        private mutating func object(path: [any CodingKey], depth: Int) throws {
            i += 1
            skipSpace()
            if current == UInt8(ascii: "}") { i += 1; return }
            var seen = Set<String>()
            while true {
                skipSpace()
                guard current == UInt8(ascii: "\"") else { throw GiveUp() }
                let key = try string()
                let keyPath = path + [AnyCodingKey(key)]
                if !seen.insert(key).inserted {
                    throw ContestDefinitionError.duplicateKey(path: Self.render(keyPath))
                }
                skipSpace()
                guard current == UInt8(ascii: ":") else { throw GiveUp() }
                i += 1
                try value(path: keyPath, depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: "}") { i += 1; return }
                guard current == UInt8(ascii: ",") else { throw GiveUp() }
                i += 1
                skipSpace()
                if current == UInt8(ascii: "}") {
                    throw ContestDefinitionError.trailingComma(path: Self.render(keyPath))
                }
            }
        }

        private mutating func array(path: [any CodingKey], depth: Int) throws {
            i += 1
            skipSpace()
            if current == UInt8(ascii: "]") { i += 1; return }
            var index = 0
            while true {
                let itemPath = path + [AnyCodingKey(intValue: index) ?? AnyCodingKey("\(index)")]
                try value(path: itemPath, depth: depth + 1)
                skipSpace()
                if current == UInt8(ascii: "]") { i += 1; return }
                guard current == UInt8(ascii: ",") else { throw GiveUp() }
                i += 1
                skipSpace()
                if current == UInt8(ascii: "]") {
                    throw ContestDefinitionError.trailingComma(path: Self.render(itemPath))
                }
                index += 1
            }
        }

        /// A string's decoded text (escapes resolved, so `"\u0069d"` and `"id"` are the same key).
        private mutating func string() throws -> String {
            let start = i
            i += 1
            var escaped = false
            while let c = current {
                i += 1
                if c == UInt8(ascii: "\\") {
                    escaped = true
                    i += 1
                } else if c == UInt8(ascii: "\"") {
                    let raw = Array(bytes[start..<i])
                    if !escaped { return String(decoding: raw.dropFirst().dropLast(), as: UTF8.self) }
                    guard let text = try? JSONSerialization.jsonObject(with: Data(raw), options: .fragmentsAllowed) as? String
                    else { throw GiveUp() }
                    return text
                }
            }
            throw GiveUp()
        }

        private mutating func number(path: [any CodingKey]) throws {
            let start = i
            while let c = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: "-")
                || c == UInt8(ascii: "+") || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
                i += 1
            }
            let text = String(decoding: bytes[start..<i], as: UTF8.self)
            guard let value = Double(text) else { throw GiveUp() }
            if !value.isFinite || abs(value) >= StrictJSONSyntax.largestNumber {
                throw ContestDefinitionError.outOfRange(path: Self.render(path), value: text, range: "-10^15 < n < 10^15")
            }
        }
    }
}
