/// The template CSV of each import kind: the canonical header row and one example row.
public enum ImportTemplate {
    /// Header plus example, in the schema's column order.
    public static func rows(for kind: ImportKind) -> [[String]] {
        let schema = ImportSchema.of(kind)
        let example = examples(kind)
        return [schema.columns.map(\.zh), schema.columns.map { example[$0.key] ?? "" }]
    }

    /// The template file's text (UTF-8 with BOM, CRLF), as written to `SampleData/templates/<kind>.csv`.
    public static func csv(for kind: ImportKind) -> String { CSVWriter().write(rows(for: kind)) }

    private static func examples(_ kind: ImportKind) -> [String: String] {
        switch kind {
        case .registrations:
            [
                "entry_id": "BM2023-0001", "name": "王建军", "phone": "13812345678", "union": "西安市总工会",
                "employer": "西安市公交集团", "city": "西安", "member": "是",
                "platform1": "抖音", "nickname1": "公交王师傅", "homepage1": "https://www.douyin.com/user/example",
                "followers1": "1.2万", "since1": "2021年3月", "original1": "90%", "screenshots1": "screenshots/BM2023-0001-1.png",
                "platform2": "快手", "nickname2": "王师傅开公交", "followers2": "8600", "since2": "2022-05",
                "past_title": "凌晨四点的发车站", "past_platform": "抖音", "past_url": "https://www.douyin.com/video/example",
                "video_title": "方向盘上的二十年", "video_file": "videos/BM2023-0001.mp4", "duration": "2:45",
                "resolution": "1080p", "topic": "专业技能劳动美", "hashtag": "是", "registered_at": "2023-08-15 14:03",
            ]
        case .recommendations:
            [
                "sequence": "1", "name": "王建军", "employer": "西安市公交集团", "platform": "抖音",
                "nickname": "公交王师傅", "phone": "13812345678", "note": "", "unit": "西安市总工会",
            ]
        case .votes:
            ["entry_id": "BM2023-0001", "votes": "1.2万", "time": "2023-09-10 20:00", "name": "王建军"]
        case .users:
            ["name": "李慧敏", "role": "评委", "unit": "西安交通大学新闻与新媒体学院", "city": "西安"]
        case .decisions:
            ["entry_id": "BM2023-0001", "verdict": "通过", "reason": "粉丝不足一万但有特别有代表性作品",
             "waiver": "代表作《凌晨四点的发车站》播放 300 万", "note": "纸质审核表第 3 页"]
        }
    }
}
