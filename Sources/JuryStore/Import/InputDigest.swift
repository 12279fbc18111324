import Foundation

/// SHA-256 of an import's input, recorded in its audit entry so the file can be matched to the import.
enum InputDigest {
    static func of<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        // Sorted keys and fixed dates: the same input must always give the same digest.
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .secondsSince1970
        return SHA256.hex(Array(try encoder.encode(value)))
    }
}
