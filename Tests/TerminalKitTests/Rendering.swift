@testable import TerminalKit

/// Renders a drawing into a headless terminal of the given size and returns the framed screen text.
func render(width: Int, height: Int, _ draw: (Region) -> Void) -> String {
    let terminal = HeadlessTerminal(width: width, height: height)
    let buffer = terminal.makeBuffer()
    draw(buffer.region)
    terminal.present(buffer)
    return terminal.framedScreen
}

let sampleNames = ["张伟", "王芳", "李娜", "刘洋", "陈静", "杨磊", "赵敏", "黄晓明", "周杰", "吴小燕",
                   "徐海峰", "孙丽", "马超", "朱琳", "胡歌", "郭德纲", "何炅", "高圆圆", "林志玲", "欧阳娜娜"]
let sampleUnits = ["北京市融媒体中心", "上海广播电视台", "广东省网络文化协会", "浙江日报报业集团", "四川省文联",
                   "湖南卫视", "深圳特区报", "中国青年网"]
