import JuryApp

/// `jurydesk --help` and `jurydesk help COMMAND`, printed from `CommandTable` in the user's language.
enum HelpText {
    /// The overview: every command with its summary, the common options, environment and exit statuses.
    static func overview(_ t: Localizer) -> String {
        var lines = [t.pick(zh: "用法：jurydesk [命令] [选项]", en: "Usage: jurydesk [COMMAND] [OPTIONS]"), "",
                     t.pick(zh: "命令：", en: "Commands:")]
        for c in CommandTable.commands {
            lines.append("  " + pad(c.name, 10) + t.pick(zh: c.zh, en: c.en))
        }
        lines += ["", t.pick(zh: "通用选项：", en: "Options for every command:")]
        lines += optionLines(CommandTable.common, t)
        lines.append("  " + pad("-h, --help", 24) + t.pick(zh: "显示帮助", en: "show help"))
        lines.append("  " + pad("--version", 24) + t.pick(zh: "显示版本", en: "show the version"))
        lines += ["", t.pick(zh: "环境变量：", en: "Environment:")]
        for e in CommandTable.environment { lines.append("  " + pad(e.name, 24) + t.pick(zh: e.zh, en: e.en)) }
        lines += ["", t.pick(zh: "退出码：", en: "Exit status:")]
        for s in CommandTable.exitStatuses { lines.append("  " + pad(String(s.code), 6) + t.pick(zh: s.zh, en: s.en)) }
        lines += ["", t.pick(zh: "运行 jurydesk help 命令 查看某个命令的用法；完整手册：man jurydesk",
                            en: "Run jurydesk help COMMAND for one command's usage; the full manual: man jurydesk")]
        return lines.joined(separator: "\n")
    }

    /// One command: synopsis, summary and its options, then the common ones.
    static func command(_ c: CommandSpec, _ t: Localizer) -> String {
        var lines = [t.pick(zh: "用法：", en: "Usage: ") + usage(c), "", t.pick(zh: c.zh, en: c.en)]
        if !c.options.isEmpty {
            lines += ["", t.pick(zh: "选项：", en: "Options:")]
            lines += optionLines(c.options, t)
        }
        lines += ["", t.pick(zh: "通用选项：", en: "Options for every command:")]
        lines += optionLines(CommandTable.common, t)
        return lines.joined(separator: "\n")
    }

    /// `jurydesk NAME SYNOPSIS`, the line quoted in usage errors too.
    static func usage(_ c: CommandSpec) -> String {
        (["jurydesk", c.name] + (c.synopsis.isEmpty ? [] : [c.synopsis])).joined(separator: " ")
    }

    static func optionLines(_ options: [CommandSpec.Option], _ t: Localizer) -> [String] {
        options.map { o in
            let shown = o.display
            // A long option name gets its own line, so the descriptions stay in one column.
            if shown.count >= 24 { return "  " + shown + "\n  " + pad("", 24) + t.pick(zh: o.zh, en: o.en) }
            return "  " + pad(shown, 24) + t.pick(zh: o.zh, en: o.en)
        }
    }

    static func pad(_ s: String, _ width: Int) -> String {
        s.count >= width ? s + " " : s + String(repeating: " ", count: width - s.count)
    }
}
