import Foundation

/// Why a contest definition file was refused: each case names the JSON key path and what to do.
public enum ContestDefinitionError: Error, Equatable, Sendable, LocalizedError {
    case unreadableFile(file: String, reason: String)
    case malformedJSON(reason: String)
    case unknownKey(path: String)
    case missingField(path: String)
    case wrongType(path: String, expected: String)
    case invalidValue(path: String, value: String, allowed: [String])
    case invalidDate(path: String, value: String)
    case criterionWithoutMaximum(path: String)
    case notInTenths(path: String, value: String)
    case stepDoesNotDivideMaximum(path: String, step: Tenths, maximum: Tenths)
    case awardCountsDoNotAddUp(path: String, stated: Int, sum: Int)
    case duplicateId(path: String, id: String, firstPath: String)
    case weightOutOfRange(path: String, value: Double)
    case outOfRange(path: String, value: String, range: String)
    case unknownReference(path: String, id: String)
    case datesOutOfOrder(path: String, detail: LocalizedText)
    case inconsistent(path: String, detail: LocalizedText)
    /// The same key twice in one object: one of the two values would be silently dropped.
    case duplicateKey(path: String)
    /// A comma before `}` or `]`; `path` is the last key or item before it.
    case trailingComma(path: String)
    /// A label or text left empty (or only spaces): the screens would show nothing.
    case emptyText(path: String)

    /// The JSON key path the error is about (empty for file and syntax errors).
    public var path: String {
        switch self {
        case .unreadableFile, .malformedJSON: ""
        case .unknownKey(let p), .missingField(let p), .wrongType(let p, _), .invalidValue(let p, _, _),
             .invalidDate(let p, _), .criterionWithoutMaximum(let p), .notInTenths(let p, _),
             .stepDoesNotDivideMaximum(let p, _, _), .awardCountsDoNotAddUp(let p, _, _),
             .duplicateId(let p, _, _), .weightOutOfRange(let p, _), .outOfRange(let p, _, _),
             .unknownReference(let p, _), .datesOutOfOrder(let p, _), .inconsistent(let p, _),
             .duplicateKey(let p), .trailingComma(let p), .emptyText(let p):
            p
        }
    }

    /// The message in one language: where, what was wrong, what to do.
    public func message(language: ContestLanguage) -> String {
        let t = text
        return language == .zhHans ? t.zh : t.en
    }

    public var errorDescription: String? { "\(text.zh)\n\(text.en)" }

    private var text: LocalizedText {
        switch self {
        case .unreadableFile(let file, let reason):
            return LocalizedText(zh: "无法读取赛事定义文件 \(file)：\(reason)。请检查路径和权限。",
                                 en: "Cannot read the contest definition file \(file): \(reason). Check the path and permissions.")
        case .malformedJSON(let reason):
            return LocalizedText(zh: "赛事定义不是有效的 JSON：\(reason)。请用 JSON 校验工具修正语法。",
                                 en: "The contest definition is not valid JSON: \(reason). Fix the syntax with a JSON validator.")
        case .unknownKey(let p):
            return LocalizedText(zh: "\(p)：未知字段。请检查拼写，或删除该字段。",
                                 en: "\(p): unknown key. Check its spelling or remove it.")
        case .missingField(let p):
            return LocalizedText(zh: "\(p)：缺少必填字段。请补上该字段。",
                                 en: "\(p): required field is missing. Add it.")
        case .wrongType(let p, let expected):
            return LocalizedText(zh: "\(p)：类型错误，应为 \(expected)。请改正该值。",
                                 en: "\(p): wrong type, expected \(expected). Correct the value.")
        case .invalidValue(let p, let value, let allowed):
            let list = allowed.joined(separator: ", ")
            return LocalizedText(zh: "\(p)：不认识的值“\(value)”。可选值：\(list)。",
                                 en: "\(p): unrecognised value \"\(value)\". Allowed: \(list).")
        case .invalidDate(let p, let value):
            return LocalizedText(zh: "\(p)：日期“\(value)”无效。请写成 YYYY-MM-DD，例如 2023-08-31。",
                                 en: "\(p): invalid date \"\(value)\". Write it as YYYY-MM-DD, e.g. 2023-08-31.")
        case .criterionWithoutMaximum(let p):
            return LocalizedText(zh: "\(p)：评分项缺少最高分。请填写 max，例如 10。",
                                 en: "\(p): the criterion has no maximum. Add max, e.g. 10.")
        case .notInTenths(let p, let value):
            return LocalizedText(zh: "\(p)：分值 \(value) 不是 0.1 的整数倍。分数以 0.1 分为最小单位，请改为如 0.5 或 1。",
                                 en: "\(p): \(value) is not a whole number of tenths. Scores are kept in tenths of a point; use e.g. 0.5 or 1.")
        case .stepDoesNotDivideMaximum(let p, let step, let maximum):
            return LocalizedText(zh: "\(p)：步长 \(step) 不能整除最高分 \(maximum)。请调整步长或最高分。",
                                 en: "\(p): step \(step) does not divide the maximum \(maximum). Change the step or the maximum.")
        case .awardCountsDoNotAddUp(let p, let stated, let sum):
            return LocalizedText(zh: "\(p)：各奖项名额合计 \(sum)，与总数 \(stated) 不符。请修改名额或总数。",
                                 en: "\(p): award counts add up to \(sum), not the stated total \(stated). Fix the counts or the total.")
        case .duplicateId(let p, let id, let first):
            return LocalizedText(zh: "\(p)：编号“\(id)”与 \(first) 重复。每个编号必须唯一，请改名。",
                                 en: "\(p): id \"\(id)\" duplicates \(first). Ids must be unique; rename one.")
        case .weightOutOfRange(let p, let value):
            return LocalizedText(zh: "\(p)：权重 \(value) 超出 0 到 1 的范围。请填写 0 到 1 之间的小数，例如 0.2。",
                                 en: "\(p): weight \(value) is outside 0...1. Use a fraction between 0 and 1, e.g. 0.2.")
        case .outOfRange(let p, let value, let range):
            return LocalizedText(zh: "\(p)：值 \(value) 超出允许范围 \(range)。请改正。",
                                 en: "\(p): value \(value) is outside the allowed range \(range). Correct it.")
        case .unknownReference(let p, let id):
            return LocalizedText(zh: "\(p)：引用的编号“\(id)”不存在。请使用定义中已有的编号。",
                                 en: "\(p): refers to \"\(id)\", which is not defined. Use an id defined in the file.")
        case .datesOutOfOrder(let p, let detail):
            return LocalizedText(zh: "\(p)：日期顺序有误（\(detail.zh)）。请调整日期。",
                                 en: "\(p): dates out of order (\(detail.en)). Adjust the dates.")
        case .inconsistent(let p, let detail):
            return LocalizedText(zh: "\(p)：\(detail.zh)", en: "\(p): \(detail.en)")
        case .duplicateKey(let p):
            return LocalizedText(zh: "\(p)：同一对象中该字段出现了两次，只会保留其中一个值。请删除重复的一项。",
                                 en: "\(p): the key appears twice in the same object, so one value would be silently dropped. Remove one of them.")
        case .trailingComma(let p):
            return LocalizedText(zh: "\(p) 之后多了一个逗号（后面紧跟 } 或 ]）。JSON 不允许结尾逗号，请删除它。",
                                 en: "a trailing comma after \(p) (followed by } or ]). JSON does not allow it; remove the comma.")
        case .emptyText(let p):
            return LocalizedText(zh: "\(p)：文字为空。请填写显示给用户的内容。",
                                 en: "\(p): the text is empty. Fill in what users should see.")
        }
    }

    /// Maps Foundation's decoding errors onto paths people can find in the file.
    init(_ error: DecodingError) {
        switch error {
        case .keyNotFound(let key, let context):
            self = .missingField(path: DefinitionKeyPath.render(context.codingPath + [key]))
        case .typeMismatch(let type, let context):
            self = .wrongType(path: DefinitionKeyPath.render(context.codingPath), expected: Self.name(of: type))
        case .valueNotFound(let type, let context):
            self = .wrongType(path: DefinitionKeyPath.render(context.codingPath), expected: Self.name(of: type))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self = .malformedJSON(reason: context.debugDescription)
            } else {
                self = .wrongType(path: DefinitionKeyPath.render(context.codingPath), expected: context.debugDescription)
            }
        @unknown default:
            self = .malformedJSON(reason: "\(error)")
        }
    }

    private static func name(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "string"
        case is Int.Type, is Double.Type, is Decimal.Type: "number"
        case is Bool.Type: "true/false"
        case is [Any].Type: "array"
        default: type == [String: Any].self ? "object" : "\(type)"
        }
    }
}
