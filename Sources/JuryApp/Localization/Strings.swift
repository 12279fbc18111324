/// The localized strings, one table per language (a test checks that no key is missing in either).
enum Strings {
    static let zh: [StringKey: String] = [
        .appName: "JuryDesk 评审工作台",
        .quit: "退出",
        .back: "返回",
        .help: "帮助",
        .filter: "筛选",
        .open: "打开",
        .sort: "排序",
        .redraw: "重绘",
        .yes: "是",
        .no: "否",
        .enlargeWindow: "请把终端窗口放大到至少 {cols}×{rows}（当前 {w}×{h}）",
        .cliUnknownCommand: "未知命令“{name}”。运行 jurydesk help 查看可用命令。",
        .cliUnknownOption: "未知选项 {name}（命令 {command}）。运行 jurydesk help 查看用法。",
        .cliMissingValue: "选项 {name} 需要一个值。",
        .cliMissingArgument: "缺少参数：{name}。用法：{usage}",
        .cliExtraArgument: "多余的参数“{value}”。用法：{usage}",
    ]

    static let en: [StringKey: String] = [
        .appName: "JuryDesk review desk",
        .quit: "Quit",
        .back: "Back",
        .help: "Help",
        .filter: "Filter",
        .open: "Open",
        .sort: "Sort",
        .redraw: "Redraw",
        .yes: "Yes",
        .no: "No",
        .enlargeWindow: "Please enlarge the terminal to at least {cols}×{rows} (now {w}×{h})",
        .cliUnknownCommand: "Unknown command \"{name}\". Run jurydesk help to list the commands.",
        .cliUnknownOption: "Unknown option {name} for {command}. Run jurydesk help for usage.",
        .cliMissingValue: "Option {name} needs a value.",
        .cliMissingArgument: "Missing argument: {name}. Usage: {usage}",
        .cliExtraArgument: "Unexpected argument \"{value}\". Usage: {usage}",
    ]

}
