/// One column of an import file: its key, the headers it answers to, whether it must be present, and how its values are read.
public struct ImportColumn: Hashable, Sendable {
    /// How a column's values are parsed (and described in the README).
    public enum ValueKind: String, Hashable, Sendable {
        case text, url, phone, count, percent, day, timestamp, duration, resolution, platform, topic, yesNo, paths, role, integer

        /// The longest cell (in characters) a column of this kind accepts. Generous for what people
        /// write, small enough that a pasted document or a runaway quote is refused with its line
        /// and column instead of filling screens and exports.
        public var maxLength: Int {
            switch self {
            case .text: 200
            case .url: 2048
            case .paths: 4096
            case .phone, .count, .percent, .day, .timestamp, .duration, .resolution, .platform, .topic, .yesNo,
                 .role, .integer: 64
            }
        }

        public var formatZh: String {
            switch self {
            case .text: "文字"
            case .url: "链接"
            case .phone: "11 位手机号"
            case .count: "12000、12,000、1.2万、10万+"
            case .percent: "65%、0.65、65"
            case .day: "2021年3月、2021-03-05、2021/3/5、202103"
            case .timestamp: "2023-08-15 14:03（北京时间）或带时区的 ISO-8601"
            case .duration: "2:45、165、165秒、2分45秒"
            case .resolution: "1080p、1920×1080、4K、高清"
            case .platform: "抖音、快手、微博、微信公众号、B站…"
            case .topic: "专业技能劳动美、温暖服务有我在、歌颂时代有话说、职工生活好家风、其他"
            case .yesNo: "是/否、Y/N、1/0、√/×"
            case .paths: "相对路径，多个用 ; 分隔"
            case .role: "审核员、评委、主任、管理员"
            case .integer: "整数"
            }
        }

        public var formatEn: String {
            switch self {
            case .text: "text"
            case .url: "link"
            case .phone: "11-digit mobile"
            case .count: "12000, 12,000, 1.2万, 10万+"
            case .percent: "65%, 0.65, 65"
            case .day: "2021年3月, 2021-03-05, 2021/3/5, 202103"
            case .timestamp: "2023-08-15 14:03 (Beijing time) or ISO-8601 with zone"
            case .duration: "2:45, 165, 165s, 2分45秒"
            case .resolution: "1080p, 1920x1080, 4K, 高清"
            case .platform: "Douyin, Kuaishou, Weibo, WeChat, Bilibili…"
            case .topic: "one of the four notice topics, or other"
            case .yesNo: "yes/no, Y/N, 1/0, √/×"
            case .paths: "relative paths separated by ;"
            case .role: "reviewer, judge, chair, admin"
            case .integer: "whole number"
            }
        }
    }

    public var key: String
    /// The header a template writes (Chinese).
    public var zh: String
    public var en: String
    /// Further accepted headers; `zh` and `en` are always accepted.
    public var aliases: [String]
    /// A required column must be present, and its value must be filled on every row.
    public var required: Bool
    public var kind: ValueKind

    public init(_ key: String, _ zh: String, _ en: String, aliases: [String] = [], required: Bool = false,
                kind: ValueKind = .text) {
        self.key = key
        self.zh = zh
        self.en = en
        self.aliases = aliases
        self.required = required
        self.kind = kind
    }

    /// Every header this column answers to, as written.
    public var acceptedHeaders: [String] { [zh, en] + aliases }

    /// Headers match ignoring case, spaces, full/half width, '_' '-' and a '*' required mark.
    public static func normalizedHeader(_ header: String) -> String {
        HumanText.compact(header).lowercased().filter { !"_-*.".contains($0) }
    }
}
