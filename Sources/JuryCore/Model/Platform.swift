/// A social-media platform an account lives on (the notice names these; `other` keeps the rest).
public enum Platform: String, Codable, CaseIterable, Sendable {
    case wechat          // 微信公众号
    case weibo           // 微博
    case douyin          // 抖音
    case kuaishou        // 快手
    case toutiao         // 头条号 / 今日头条
    case yidian          // 一点资讯
    case baijiahao       // 百家号
    case zhihu           // 知乎
    case bilibili        // B站
    case xiaohongshu     // 小红书
    case channels        // 视频号
    case other

    /// The Chinese name as the notice writes it.
    public var chineseName: String {
        switch self {
        case .wechat: "微信公众号"
        case .weibo: "微博"
        case .douyin: "抖音"
        case .kuaishou: "快手"
        case .toutiao: "头条号"
        case .yidian: "一点资讯"
        case .baijiahao: "百家号"
        case .zhihu: "知乎"
        case .bilibili: "B站"
        case .xiaohongshu: "小红书"
        case .channels: "视频号"
        case .other: "其他"
        }
    }

    /// The English name.
    public var englishName: String {
        switch self {
        case .wechat: "WeChat OA"
        case .weibo: "Weibo"
        case .douyin: "Douyin"
        case .kuaishou: "Kuaishou"
        case .toutiao: "Toutiao"
        case .yidian: "Yidian"
        case .baijiahao: "Baijiahao"
        case .zhihu: "Zhihu"
        case .bilibili: "Bilibili"
        case .xiaohongshu: "Xiaohongshu"
        case .channels: "WeChat Channels"
        case .other: "Other"
        }
    }

    /// Parses a platform as people write it ("抖音", "douyin", "B 站", "bilibili", "微信", …).
    public init?(parsing text: String) {
        // Chinese names and lowercase ASCII need no folding: the common cell skips it.
        let plain = HumanText.isNFKCStable(text) && !text.utf8.contains { HumanText.isASCIIWhitespace($0) || ($0 >= 65 && $0 <= 90) }
        let t = plain ? text : text.lowercased().filter { !$0.isWhitespace }
        if t.isEmpty { return nil }
        // Byte equality first: String's == compares non-ASCII text by canonical equivalence, the
        // slow path, for every name tried. The names are distinct, so a byte match is the match.
        for (platform, names) in Self.parsingTable where names.contains(where: { $0.utf8.elementsEqual(t.utf8) }) {
            self = platform
            return
        }
        for (platform, names) in Self.parsingTable where names.contains(t) {
            self = platform
            return
        }
        return nil
    }

    /// Every way a platform is written, built once: rows of a large import each look up several.
    private static let parsingTable: [(Platform, [String])] = [
            (.wechat, ["微信公众号", "公众号", "微信", "wechat", "wechatoa", "weixin"]),
            (.weibo, ["微博", "新浪微博", "weibo"]),
            (.douyin, ["抖音", "douyin", "tiktok"]),
            (.kuaishou, ["快手", "kuaishou"]),
            (.toutiao, ["头条号", "今日头条", "头条", "toutiao"]),
            (.yidian, ["一点资讯", "一点号", "yidian"]),
            (.baijiahao, ["百家号", "baijiahao"]),
            (.zhihu, ["知乎", "zhihu"]),
            (.bilibili, ["b站", "哔哩哔哩", "bilibili"]),
            (.xiaohongshu, ["小红书", "xiaohongshu", "rednote"]),
            (.channels, ["视频号", "微信视频号", "channels", "wechatchannels"]),
            (.other, ["其他", "其它", "other"]),
        ]
}
