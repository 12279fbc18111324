import Foundation

/// A coding key that can hold any JSON object key, used to see the keys a type does not know.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(_ string: String) { self.stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = "\(intValue)"
        self.intValue = intValue
    }
}

/// Renders coding paths the way people read JSON: `rubric.dimensions[1].criteria[2].max`.
enum DefinitionKeyPath {
    static func render(_ path: [any CodingKey]) -> String {
        var out = ""
        for key in path {
            if let index = key.intValue {
                out += "[\(index)]"
            } else {
                out += out.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return out
    }
}

extension Decoder {
    /// Throws `unknownKey` for the first (alphabetically, so the error is stable) key the type does
    /// not declare: a misspelt key would otherwise be ignored and its default silently used.
    func rejectUnknownKeys<K: CodingKey & CaseIterable>(_ known: K.Type) throws {
        let container = try self.container(keyedBy: AnyCodingKey.self)
        let allowed = Set(K.allCases.map(\.stringValue))
        let unknown = container.allKeys.map(\.stringValue).filter { !allowed.contains($0) }.sorted()
        if let first = unknown.first {
            throw ContestDefinitionError.unknownKey(
                path: DefinitionKeyPath.render(codingPath + [AnyCodingKey(first)]))
        }
    }
}

extension KeyedDecodingContainer {
    /// The full path of `key` inside this container.
    func path(_ key: Key) -> String { DefinitionKeyPath.render(codingPath + [key]) }

    /// A number of points written as a decimal (10, 0.5), converted exactly to tenths.
    func points(_ key: Key) throws -> Tenths {
        let value = try decode(Decimal.self, forKey: key)
        guard let tenths = Tenths(exactly: value) else {
            throw ContestDefinitionError.notInTenths(path: path(key), value: "\(value)")
        }
        return tenths
    }

    /// A calendar day written as `YYYY-MM-DD`.
    func day(_ key: Key) throws -> CalendarDay {
        let text = try decode(String.self, forKey: key)
        guard let day = CalendarDay(isoDate: text) else {
            throw ContestDefinitionError.invalidDate(path: path(key), value: text)
        }
        return day
    }

    /// A string that must be one of an enum's raw values; the error lists the allowed ones.
    func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type, _ key: Key) throws -> E
    where E.RawValue == String {
        let text = try decode(String.self, forKey: key)
        guard let value = E(rawValue: text) else {
            throw ContestDefinitionError.invalidValue(path: path(key), value: text,
                                                      allowed: E.allCases.map(\.rawValue))
        }
        return value
    }
}

extension CalendarDay {
    /// Parses a full ISO date (`2023-08-31`) and rejects impossible days (`2023-02-30`).
    init?(isoDate text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              (1...12).contains(m), d >= 1 else { return nil }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= lengths[m - 1] else { return nil }
        self.init(year: y, month: m, day: d)
    }
}
