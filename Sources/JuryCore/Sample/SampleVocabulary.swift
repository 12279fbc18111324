/// Word lists for the sample: Shaanxi's cities, unions, employers, names and titles.
enum SampleVocabulary {
    /// The eleven cities (and the Yangling zone) with weights roughly following population.
    static let cities: [(String, Int)] = [
        ("西安", 30), ("宝鸡", 8), ("咸阳", 9), ("铜川", 3), ("渭南", 8), ("延安", 6),
        ("榆林", 8), ("汉中", 7), ("安康", 6), ("商洛", 4), ("杨凌", 2),
    ]

    /// How a city's bodies are named ("西安市…", but "杨凌示范区…").
    static func cityPrefix(_ city: String) -> String { city == "杨凌" ? "杨凌示范区" : city + "市" }

    /// Province-wide industry unions, each with employer patterns ({c} is the member's city prefix).
    static let industryUnions: [(union: String, employers: [String], words: [String])] = [
        ("陕西省能源化学地质工会", ["陕西煤业化工集团黄陵矿业公司", "延长石油集团延安炼油厂", "陕西省地质矿产勘查开发局", "陕煤集团神木张家峁矿业公司", "陕西延长石油榆林炼油厂"], ["矿工", "石油", "化工", "地质", "井下"]),
        ("陕西省教科文卫体工会", ["{c}中心医院", "西北大学", "陕西省图书馆", "{c}第一中学", "西安交通大学第一附属医院", "陕西省人民医院"], ["护士", "医生", "教师", "馆员", "科研"]),
        ("国网陕西省电力公司工会", ["国网{c}供电公司", "国网陕西电力检修公司", "国网陕西省电力公司营销服务中心"], ["电力", "巡线", "电网", "抄表", "带电"]),
        ("陕西省交通运输工会", ["陕西交通控股集团", "西安咸阳国际机场", "中国铁路西安局集团", "陕西省高速公路收费管理中心"], ["高速", "铁路", "机场", "列车", "路政"]),
        ("中国邮政集团陕西省分公司工会", ["中国邮政{c}分公司", "陕西邮政速递物流"], ["邮递", "快递", "邮政", "投递"]),
    ]

    /// Employer patterns for members of a city's federation of trade unions.
    static let cityEmployers = ["{c}公共交通集团", "{c}城市管理局环卫中心", "{c}消防救援支队", "{c}供水集团",
                                "{c}人民医院", "{c}第三中学", "{c}社区服务中心", "{c}建筑工程公司", "{c}市场监督管理局"]
    static let cityWords = ["公交", "环卫", "消防", "社区", "外卖", "的哥", "城管", "工地", "网格员", "护林"]

    static let surnames = Array("王李张刘杨赵马陈高郭周吴孙徐朱胡何罗郑梁谢宋唐韩冯董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文")
    static let givenChars = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华慧建国红玲鹏辉斌宇浩凯晨欣怡佳博文婷雪梅琳萍鑫峰亮龙飞波宁阳帆颖倩瑞泽昊悦璐嘉思雨晓志海春永振立世秦延安兴荣卫东新利民凤云彦锋")

    /// Platforms the notice names, weighted by how often creators use them, and how people write each.
    static let platforms: [(Platform, Int)] = [
        (.douyin, 30), (.kuaishou, 18), (.wechat, 14), (.weibo, 10), (.bilibili, 8), (.toutiao, 7),
        (.xiaohongshu, 5), (.baijiahao, 3), (.zhihu, 3), (.yidian, 2),
    ]
    static func spellings(_ p: Platform) -> [String] {
        switch p {
        case .douyin: ["抖音", "抖音", "douyin"]
        case .kuaishou: ["快手"]
        case .wechat: ["微信公众号", "公众号"]
        case .weibo: ["微博", "新浪微博"]
        case .bilibili: ["B站", "哔哩哔哩", "b站"]
        case .toutiao: ["头条号", "今日头条"]
        case .xiaohongshu: ["小红书"]
        case .baijiahao: ["百家号"]
        case .zhihu: ["知乎"]
        case .yidian: ["一点资讯"]
        case .channels: ["视频号"]
        case .other: ["其他"]
        }
    }
    static func homepageBase(_ p: Platform) -> String {
        switch p {
        case .douyin: "https://www.douyin.com/user/MS4wLjABAAAA"
        case .kuaishou: "https://www.kuaishou.com/profile/3x"
        case .wechat: "https://mp.weixin.qq.com/mp/profile_ext?__biz=Mz"
        case .weibo: "https://weibo.com/u/7"
        case .bilibili: "https://space.bilibili.com/4"
        case .toutiao: "https://www.toutiao.com/c/user/token/MS4wLjAB"
        case .xiaohongshu: "https://www.xiaohongshu.com/user/profile/5f"
        case .baijiahao: "https://author.baidu.com/home/16"
        case .zhihu: "https://www.zhihu.com/people/u"
        case .yidian: "https://www.yidianzixun.com/channel/m"
        case .channels, .other: "https://example.com/"
        }
    }

    static let videoOpenings = ["凌晨四点的", "守护万家灯火的", "高原上的", "车间里的", "一线的", "三尺讲台上的",
                                "方向盘上的", "银线上的", "井下八百米的", "病房里的", "风雪中的", "大山里的"]
    static let videoEndings = ["坚守", "二十年", "匠心", "温度", "青春", "微笑", "足迹", "承诺", "歌声", "家风", "答卷", "初心"]
    static let pastPatterns = ["我和我的{w}岗位", "{w}人的一天", "一分钟带你看懂{w}工作", "{w}vlog：平凡的日子", "致敬每一位{w}人", "{w}班组的故事"]
    static let notes = ["", "", "", "", "市级劳动模范", "省级技术能手", "优先审核", "工匠人才", "青年文明号成员"]
}
