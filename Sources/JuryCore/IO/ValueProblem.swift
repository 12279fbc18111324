/// Why a value written by a person could not be read, in Chinese and English.
public struct ValueProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The reason in Chinese (the users' language).
    public var zh: String
    /// The same reason in English.
    public var en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    public var description: String { "\(zh) / \(en)" }

    static let empty = ValueProblem(zh: "内容为空", en: "the value is empty")
}
