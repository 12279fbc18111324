/// The entry video's theme: one of the notice's four named topics, or another positive topic.
public enum Topic: String, Codable, CaseIterable, Sendable {
    case skill      // 专业技能劳动美
    case service    // 温暖服务有我在
    case era        // 歌颂时代有话说
    case family     // 职工生活好家风
    case other      // 其他正能量相关选题

    /// The topic's name as the notice writes it.
    public var chineseName: String {
        switch self {
        case .skill: "专业技能劳动美"
        case .service: "温暖服务有我在"
        case .era: "歌颂时代有话说"
        case .family: "职工生活好家风"
        case .other: "其他正能量选题"
        }
    }

    /// The English name.
    public var englishName: String {
        switch self {
        case .skill: "Beauty of skilled labour"
        case .service: "Warm service"
        case .era: "Praising the era"
        case .family: "Family virtues"
        case .other: "Other positive topic"
        }
    }

    /// Each topic with its English name lower-cased, once: rows of a large import each parse a topic.
    private static let lowercasedEnglishNames = allCases.map { ($0, $0.englishName.lowercased()) }

    /// Parses a topic as written in a registration file (Chinese name, English key, or a prefix).
    public init?(parsing text: String) {
        // Cells arrive trimmed; Foundation only for one that is not (or is not plain ASCII/CJK).
        let t = HumanText.fastTrimmed(text) == text ? text : text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return nil }
        let lower = t.lowercased()
        for (topic, english) in Self.lowercasedEnglishNames {
            if t == topic.rawValue || t == topic.chineseName || lower == english
                || (t.count >= 4 && topic.chineseName.hasPrefix(t)) {
                self = topic
                return
            }
        }
        if t.hasPrefix("其他") || t.hasPrefix("其它") || lower == "other" {
            self = .other
            return
        }
        return nil
    }
}
