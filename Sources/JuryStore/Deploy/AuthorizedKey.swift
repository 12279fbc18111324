import Foundation

/// One person's SSH public key and the `authorized_keys` line that forces it into
/// `jurydesk open --user NAME` on the service account (the gitolite model of issue 7).
public struct AuthorizedKey: Equatable, Sendable {
    public var type: String
    /// The key blob, base64 as in the .pub file.
    public var blob: String

    /// Why a key file was refused, in both languages.
    public struct Refusal: Error, Equatable {
        public let zh: String
        public let en: String
    }

    /// Key types OpenSSH accepts in authorized_keys.
    public static let types: Set<String> = [
        "ssh-ed25519", "ssh-rsa", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521",
        "sk-ssh-ed25519@openssh.com", "sk-ecdsa-sha2-nistp256@openssh.com",
    ]

    /// The comment that marks JuryDesk's lines, so `remove` and `list` touch no other line.
    public static let marker = "jurydesk-user:"

    /// Parses a .pub file: exactly one line `TYPE BASE64 [COMMENT]`, no options, and a blob that
    /// really is a key of that type (its first field names the type).
    public init(publicKeyFile text: String) throws {
        let lines = text.split(whereSeparator: \.isNewline).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        guard lines.count == 1, let line = lines.first else {
            throw Refusal(zh: "应恰好有一行公钥，实有 \(lines.count) 行", en: "it should hold exactly one key line, found \(lines.count)")
        }
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        guard fields.count >= 2, Self.types.contains(String(fields[0])) else {
            throw Refusal(zh: "行首不是已知的密钥类型（如 ssh-ed25519），或带有选项", en: "it does not start with a known key type such as ssh-ed25519 (options are not accepted)")
        }
        let type = String(fields[0]), blob = String(fields[1])
        guard let data = Data(base64Encoded: blob), data.count > 4 else {
            throw Refusal(zh: "密钥内容不是有效的 base64", en: "the key is not valid base64")
        }
        let bytes = [UInt8](data)
        let length = Int(bytes[0]) << 24 | Int(bytes[1]) << 16 | Int(bytes[2]) << 8 | Int(bytes[3])
        guard length == type.utf8.count, bytes.count >= 4 + length,
              String(decoding: bytes[4..<(4 + length)], as: UTF8.self) == type else {
            throw Refusal(zh: "密钥内容与类型 \(type) 不符", en: "the key data does not match its type \(type)")
        }
        self.type = type
        self.blob = blob
    }

    /// Parses the key part of an authorized_keys line (after any options); nil if it has none.
    public init?(authorizedKeysLine line: String) {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard let at = fields.firstIndex(where: Self.types.contains), at + 1 < fields.count else { return nil }
        type = fields[at]
        blob = fields[at + 1]
    }

    /// `SHA256:…` as `ssh-keygen -lf` prints it.
    public var fingerprint: String {
        let digest = SHA256.digest(Data(base64Encoded: blob) ?? Data())
        return "SHA256:" + Data(digest).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    /// The line for the service account's authorized_keys: the key may only run the workstation
    /// as `user` on `database` (`restrict` turns off forwarding, X11 and agent; `pty` gives back the
    /// terminal the workstation needs).
    ///
    /// Each word is single-quoted for the shell sshd runs it with; inside `command="…"` sshd only
    /// unescapes a backslash-quote, so double quotes are escaped and nothing else. A name or path
    /// with a line break or another control character is refused: the line must stay one line.
    public func line(jurydesk: String, database: String, user: String) throws -> String {
        for word in [jurydesk, database, user] where word.unicodeScalars.contains(where: CharacterSet.controlCharacters.contains) {
            throw Refusal(zh: "“\(word)”含有换行或控制字符，不能写入 authorized_keys",
                          en: "\"\(word)\" holds a line break or control character and cannot go into authorized_keys")
        }
        let command = [jurydesk, "open", "--db", database, "--user", user].map(Self.shellQuoted).joined(separator: " ")
        let escaped = command.replacingOccurrences(of: "\"", with: "\\\"")
        return "command=\"\(escaped)\",restrict,pty \(type) \(blob) \(Self.marker)\(user)"
    }

    /// The JuryDesk user a line of ours belongs to (nil for other lines).
    public static func user(ofLine line: String) -> String? {
        guard let range = line.range(of: " " + marker, options: .backwards) else { return nil }
        return String(line[range.upperBound...])
    }

    /// One shell word: single quotes, with embedded single quotes closed and reopened.
    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
