/// Draws a small stand-in for an account homepage screenshot: the platform's colour bar, an avatar,
/// text lines and a grid of video thumbnails, different for every account.
enum SampleScreenshot {
    static let width = 120, height = 80

    private static let palette: [(UInt8, UInt8, UInt8)] = [
        (255, 255, 255), (232, 232, 236), (170, 170, 178), (80, 80, 90),
        (22, 24, 35), (255, 80, 0), (230, 22, 45), (7, 193, 96),
        (251, 114, 153), (248, 89, 89), (0, 102, 255), (255, 36, 66),
        (48, 110, 230), (200, 0, 0), (245, 190, 40), (40, 170, 170),
    ]

    private static func barColour(_ p: Platform) -> UInt8 {
        switch p {
        case .douyin: 4
        case .kuaishou: 5
        case .weibo: 6
        case .wechat, .channels: 7
        case .bilibili: 8
        case .toutiao: 9
        case .zhihu: 10
        case .xiaohongshu: 11
        case .baijiahao: 12
        case .yidian: 13
        case .other: 3
        }
    }

    static func png(platform: Platform, followers: Int, rng: inout SplitMix64) -> [UInt8] {
        var px = [UInt8](repeating: 0, count: width * height)
        func fill(_ x0: Int, _ y0: Int, _ w: Int, _ h: Int, _ c: UInt8) {
            for y in max(0, y0)..<min(height, y0 + h) {
                for x in max(0, x0)..<min(width, x0 + w) { px[y * width + x] = c }
            }
        }
        fill(0, 0, width, 14, barColour(platform))
        // Avatar: a rounded square in one of the accent colours.
        let avatar = UInt8(rng.pick([5, 7, 8, 10, 14, 15]))
        for y in 0..<20 {
            for x in 0..<20 where (x - 10) * (x - 10) + (y - 10) * (y - 10) <= 100 { px[(18 + y) * width + 6 + x] = avatar }
        }
        fill(32, 20, rng.int(in: 30...70), 4, 3)       // nickname
        fill(32, 28, rng.int(in: 20...60), 3, 2)       // bio
        // Follower bar: longer for bigger accounts, so screenshots of big and small accounts differ at a glance.
        var digits = 0
        var f = max(followers, 1)
        while f > 0 { digits += 1; f /= 10 }
        fill(32, 34, min(80, digits * 11), 3, barColour(platform))
        for i in 0..<6 {
            let x = 4 + (i % 3) * 39, y = 44 + (i / 3) * 18
            fill(x, y, 36, 16, 1)
            fill(x + 2, y + 2, rng.int(in: 8...32), rng.int(in: 4...12), UInt8(rng.int(in: 2...15)))
        }
        return PNGEncoder.indexed(width: width, height: height, palette: palette, pixels: px)
    }
}
