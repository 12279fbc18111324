import TerminalKit

/// Benchmark 5: wrapping and measuring a 20,000-character Chinese text (a long dossier field), against
/// `String.count` over the same text, the floor for anything that visits every character.
struct TextWidthBench {
    let characters = 20_000
    let width = 60
    let runs = 15

    func run(into table: inout ReportTable) {
        let text = Self.makeText(characters: characters)
        var count = 0
        let floor = Stopwatch.samples(runs: runs, warmup: 2) { count = text.count }
        var lines = 0
        let wrap = Stopwatch.samples(runs: runs, warmup: 2) { lines = TextWrapper.wrap(text, width: width).count }
        var cells = 0
        let measure = Stopwatch.samples(runs: runs, warmup: 2) { cells = text.displayWidth }
        let floorText = Format.duration(floor.median) + " (count)"
        table.add(ReportRow(id: "5a", benchmark: "TextWrapper.wrap 20k chars @60 [\(lines) lines]", figure: Format.duration(wrap.median),
                            baseline: floorText, ratio: Format.times(figure: wrap.median, baseline: floor.median, "String.count"),
                            runs: "\(runs)/\(runs)",
                            source: "TerminalKit TextWrapper.wrap(text, width: \(width)) on \(count) characters of Chinese prose with punctuation and some Latin; baseline: text.count"))
        table.add(ReportRow(id: "5b", benchmark: "displayWidth of the same [\(cells) cells]", figure: Format.duration(measure.median),
                            baseline: floorText, ratio: Format.times(figure: measure.median, baseline: floor.median, "String.count"),
                            runs: "\(runs)/\(runs)",
                            source: "TerminalKit StringProtocol.displayWidth (DisplayWidth.of per grapheme); baseline: text.count"))
    }

    /// Chinese prose with full-width punctuation, quotes, numbers and a few Latin words, in paragraphs.
    static func makeText(characters: Int) -> String {
        let sentences = [
            "作为一名环卫工人，我每天凌晨四点就开始清扫西安的街道。",
            "短视频记录了我们班组“平凡岗位、不平凡坚守”的日常，累计播放量超过120万次！",
            "我在抖音和B站发布了《城市美容师的一天》系列，共37期；",
            "评委老师您好：这是我的参评视频，时长2分58秒，分辨率1080P（已发布并带话题#正能量职工网络达人#）。",
            "Vlog里也有English字幕，方便外地的朋友了解我们的工作。",
            "感谢工会的推荐与支持——我会继续用镜头讲好劳动者的故事……",
        ]
        var out = ""
        var i = 0
        var total = 0
        var sinceBreak = 0
        while total < characters {
            let s = sentences[i % sentences.count]
            out += s
            total += s.count
            sinceBreak += s.count
            i += 1
            if sinceBreak > 400 { out += "\n　　"; total += 3; sinceBreak = 0 }
        }
        return String(out.prefix(characters))
    }
}
