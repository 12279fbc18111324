import Foundation

/// A JSON value with one canonical text form (sorted keys, no spaces), so equal content hashes equally.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])
    /// Text already in canonical form, written as it is: a sealed row's content, rendered once for
    /// its seal and put into the audit entry as those same bytes (it was rendered twice). Never
    /// made by `parse`, which gives back `.object`.
    case canonical([UInt8])

    /// The canonical text: keys sorted by code point, minimal escaping, integers only.
    public var canonicalText: String {
        String(decoding: canonicalBytes, as: UTF8.self)
    }

    /// The canonical text's UTF-8 bytes: written as bytes, because appending to a String piece by
    /// piece was the largest part of a score submit (every sealed row is written here twice).
    public var canonicalBytes: [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        write(into: &out)
        return out
    }

    private func write(into out: inout [UInt8]) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .int(let i): JSONValue.writeDecimal(i, into: &out)
        case .string(let s): JSONValue.writeString(s, into: &out)
        case .canonical(let bytes): out.append(contentsOf: bytes)
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, v) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            // UTF-8 byte order is code-point order, and comparing bytes allocates nothing. Pairs
            // sorted, not keys: looking each value up again hashed every key a second time.
            JSONValue.writeObject(fields.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }), into: &out)
        }
    }

    /// The canonical text of a row as an object: `keys[i]` with `values[i].json` for each `i` of
    /// `order`, which puts the keys in canonical order (sorted by their UTF-8 bytes, none twice).
    /// What `.object` writes of the same fields, without a dictionary or a JSON value in between.
    static func canonicalObject(keys: [String], values: [SQLValue], order: [Int]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out.append(UInt8(ascii: "{"))
        for (n, i) in order.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            writeString(keys[i], into: &out)
            out.append(UInt8(ascii: ":"))
            // As `SQLValue.json` renders each storage class.
            switch values[i] {
            case .null: out.append(contentsOf: "null".utf8)
            case .integer(let v): writeDecimal(v, into: &out)
            case .text(let text): writeString(text, into: &out)
            case .real, .blob: values[i].json.write(into: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
        return out
    }

    /// An object's fields, already in canonical order.
    private static func writeObject(_ fields: [(key: String, value: JSONValue)], into out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for (i, field) in fields.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            writeString(field.key, into: &out)
            out.append(UInt8(ascii: ":"))
            field.value.write(into: &out)
        }
        out.append(UInt8(ascii: "}"))
    }

    private static func writeDecimal(_ value: Int64, into out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        // Least significant digit first, then turned around in place: no String per number.
        let start = out.count
        var v = value.magnitude
        repeat {
            out.append(UInt8(ascii: "0") + UInt8(v % 10))
            v /= 10
        } while v > 0
        out[start...].reverse()
    }

    private static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        // Bytes of multi-byte UTF-8 are all ≥ 0x80, so checking bytes finds exactly the scalars
        // escaped below; most text needs none and is appended whole.
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            out.append(contentsOf: s.utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        for byte in s.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): out.append(contentsOf: "\\\\".utf8)
            case UInt8(ascii: "\n"): out.append(contentsOf: "\\n".utf8)
            case UInt8(ascii: "\r"): out.append(contentsOf: "\\r".utf8)
            case UInt8(ascii: "\t"): out.append(contentsOf: "\\t".utf8)
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: "\\u00".utf8)
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Parses JSON text (as written by `canonicalText`); numbers with fractions are kept as strings.
    public static func parse(_ text: String) -> JSONValue? {
        guard let data = text.data(using: .utf8),
              let any = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        else { return nil }
        return from(any)
    }

    private static func from(_ any: Any) -> JSONValue? {
        switch any {
        case is NSNull: return .null
        case let s as String: return .string(s)
        case let n as NSNumber:
            // Foundation hands booleans back as NSNumber; their Objective-C type code is "c".
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            return .int(n.int64Value)
        case let a as [Any]: return .array(a.compactMap(from))
        case let o as [String: Any]:
            var out: [String: JSONValue] = [:]
            for (k, v) in o { out[k] = from(v) ?? .null }
            return .object(out)
        default: return nil
        }
    }

    public subscript(_ key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var intValue: Int64? { if case .int(let i) = self { return i }; return nil }
    public var arrayValue: [JSONValue]? { if case .array(let a) = self { return a }; return nil }
}
