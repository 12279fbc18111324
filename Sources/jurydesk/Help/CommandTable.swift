/// Every subcommand with its synopsis, summary (Chinese and English) and options. The parser accepts
/// exactly these options; `--help`, `help COMMAND`, `jurydesk man` and the bash completion print
/// from this table.
enum CommandTable {
    /// Options every command accepts.
    static let common: [CommandSpec.Option] = [
        .init(name: "db", value: "PATH", zh: "数据库文件（默认 $JURYDESK_DB，否则 ./jurydesk.sqlite）",
              en: "the database file (default $JURYDESK_DB, else ./jurydesk.sqlite)"),
        .init(name: "lang", value: "zh|en", zh: "界面与消息的语言（默认 $JURYDESK_LANG，否则中文）",
              en: "language of the interface and messages (default $JURYDESK_LANG, else Chinese)"),
        .init(name: "journal", value: "wal|delete",
              zh: "日志模式：wal（默认，多会话共享）或 delete（网络文件系统上，风险自负）",
              en: "journal mode: wal (default, shared by sessions) or delete (network file systems, at your own risk)"),
    ]

    static let theme = CommandSpec.Option(name: "theme", value: "NAME",
                                          zh: "配色：default、light、high-contrast、monochrome 或自定义 JSON 的名字",
                                          en: "colour theme: default, light, high-contrast, monochrome or your own JSON's name")
    static let pinStdin = CommandSpec.Option(name: "pin-stdin", value: nil,
                                             zh: "从标准输入读一行 PIN，而不是在终端上无回显输入",
                                             en: "read the PIN as one line of stdin instead of typing it on the terminal")

    static let importKinds = ["registrations", "recommendations", "votes", "users", "scores", "decisions"]
    static let exportKinds = ["entrants", "recommendations", "summary", "sheets", "results", "awards", "breakdown", "reliability", "results-sheet"]
    static let userActions = ["add", "list", "edit", "deactivate", "reactivate", "reset-pin", "unlock"]

    static let commands: [CommandSpec] = [
        CommandSpec(name: "open", synopsis: "[--theme NAME] [--user NAME]",
                    zh: "打开全屏评审工作台（不带命令时的默认操作）",
                    en: "open the full-screen workstation (what jurydesk with no command does)",
                    options: [theme,
                              .init(name: "user", value: "NAME", zh: "只允许该用户登录（SSH 强制命令用，见 ssh-key）",
                                    en: "let only this user sign in (for SSH forced commands; see ssh-key)")]),
        CommandSpec(name: "init", synopsis: "--contest CONTEST.json [--force]",
                    zh: "用比赛定义（JSON）新建数据库文件（权限 0660）",
                    en: "create a database file (mode 0660) from a contest definition (JSON)",
                    options: [
                        .init(name: "contest", value: "FILE", zh: "比赛定义文件", en: "the contest definition file"),
                        .init(name: "force", value: nil, zh: "覆盖已存在的文件", en: "replace an existing file"),
                    ]),
        CommandSpec(name: "import", synopsis: "registrations|recommendations|votes|users|scores|decisions FILE [--unit UNIT] [--sheet NAME] [--round 1|2] [--as NAME [--pin-stdin]]",
                    zh: "导入报名、推荐表、投票或用户文件（CSV 或 .xlsx 工作簿）：全部成功或全不导入，每个问题列出行、列（或单元格）和原因",
                    en: "import registrations, recommendation lists, votes or users (CSV or an .xlsx workbook): all or nothing, every problem listed by line and column (or cell)",
                    options: [
                        .init(name: "unit", value: "UNIT", zh: "推荐表所属的推荐单位（文件中没有推荐单位列或“推荐单位（盖章）：”行时）",
                              en: "the recommending unit of a list (when the file has no unit column or 推荐单位（盖章）： line)"),
                        .init(name: "sheet", value: "NAME", zh: "工作簿中要导入的工作表（默认第一个）",
                              en: "the worksheet of a workbook to import (default: the first)"),
                        .init(name: "round", value: "1|2", zh: "审核结论（decisions）所属的审核轮次",
                              en: "the review round of imported decisions (decisions)"),
                        .init(name: "as", value: "NAME", zh: "录入纸质评分表（scores）的评审主任或管理员，或以其身份记录审核结论（decisions）的审核员，需要其 PIN",
                              en: "the chair or admin entering paper ballots (scores), or the reviewer whose decisions are recorded (decisions), who types their PIN"),
                        pinStdin,
                    ], choices: importKinds),
        CommandSpec(name: "export", synopsis: "KIND [--out FILE[.xlsx]] [--unmasked --as ADMIN [--pin-stdin]] [--judge NAME] [--method M]",
                    zh: "导出 UTF-8（带 BOM）CSV，或以 .xlsx 结尾的文件名导出 Excel 工作簿；手机号打码，管理员可导出完整号码（记入审计）",
                    en: "export UTF-8 CSV with a BOM, or an Excel workbook when FILE ends in .xlsx; phones masked unless an admin asks for them (audited)",
                    options: [
                        .init(name: "out", value: "FILE", zh: "写入文件（默认写到标准输出）", en: "write to FILE (default: stdout)"),
                        .init(name: "unmasked", value: nil, zh: "完整手机号（仅管理员，文件权限 0600）",
                              en: "full phone numbers (admins only; the file is made 0600)"),
                        .init(name: "as", value: "ADMIN", zh: "以该管理员身份导出，需要其 PIN", en: "the admin asking, who types their PIN"),
                        .init(name: "judge", value: "NAME", zh: "sheets：只打印这位评委已提交的评分表", en: "sheets: only this judge's submitted sheets"),
                        .init(name: "method", value: "M", zh: "results：汇总方法 mean、trimmed、median 或 zscore（默认按比赛定义）",
                              en: "results: the aggregation method mean, trimmed, median or zscore (default: the contest's)"),
                        pinStdin,
                    ], choices: exportKinds),
        CommandSpec(name: "user",
                    synopsis: "add NAME --role ROLE [--unit U] [--city C] | edit NAME [--role ROLE] [--unit U] [--city C] | list [--names] | deactivate NAME | reactivate NAME | reset-pin NAME | unlock NAME  (changes: --as NAME)",
                    zh: "管理用户：添加、修改、列出、停用、恢复、重设 PIN、解除锁定（改动须 --as 管理员并输入其 PIN）",
                    en: "manage users: add, edit, list, deactivate, reactivate, reset a PIN, unlock (changes need --as an admin and their PIN)",
                    options: [
                        .init(name: "role", value: "judge|reviewer|chair|admin", zh: "角色（也可写 评委、审核员、主任、管理员）",
                              en: "the role (评委, 审核员, 主任, 管理员 also accepted)"),
                        .init(name: "unit", value: "UNIT", zh: "所在单位", en: "the user's unit"),
                        .init(name: "city", value: "CITY", zh: "所在城市", en: "the user's city"),
                        .init(name: "names", value: nil, zh: "list 只输出在用用户的姓名，每行一个（供脚本与补全）",
                              en: "with list: only active users' names, one a line (for scripts and completion)"),
                        .init(name: "as", value: "NAME", zh: "以该用户身份操作（管理员；解锁评委和审核员也可由评审组长），需要其 PIN",
                              en: "act as this user (an admin; the chair may also unlock judges and reviewers), who types their PIN"),
                        pinStdin,
                    ], choices: userActions),
        CommandSpec(name: "phase", synopsis: "[PHASE --as ADMIN]",
                    zh: "查看或设置比赛阶段（阶段编号或中文名称，如 selection 或 评选投票期；设置须 --as 管理员）",
                    en: "show or set the contest phase (its id or its Chinese name, e.g. selection or 评选投票期; setting needs --as an admin)",
                    options: [
                        .init(name: "ids", value: nil, zh: "只输出阶段编号，每行一个（供脚本与补全）",
                              en: "only the phase ids, one a line (for scripts and completion)"),
                        .init(name: "as", value: "ADMIN", zh: "设置阶段的管理员，需要其 PIN", en: "the admin setting the phase, who types their PIN"),
                        pinStdin,
                    ]),
        CommandSpec(name: "verify", synopsis: "[--head SEQ:HASH]…",
                    zh: "检查完整性、审计哈希链与每一行受审计的数据，并输出链头；有问题时退出码 1",
                    en: "check integrity, the audit hash chain and every audited row, and print the chain head; exit 1 on a problem",
                    options: [
                        .init(name: "head", value: "SEQ:HASH", zh: "另外核对：第 SEQ 条审计记录的哈希必须是 HASH，且链至此完好（此前抄下的链头；可重复）",
                              en: "also check that audit entry SEQ has hash HASH and the chain holds up to it (a head written down earlier; repeatable)"),
                    ]),
        CommandSpec(name: "ssh-key", synopsis: "add NAME KEYFILE | remove NAME | list  --as ADMIN [--authorized-keys FILE]",
                    zh: "管理服务账号的 authorized_keys：每人一行强制命令（jurydesk open --user 姓名），评委无法直接接触数据库文件",
                    en: "manage the service account's authorized_keys: one forced-command line per person (jurydesk open --user NAME), so judges never touch the file",
                    options: [
                        .init(name: "as", value: "ADMIN", zh: "操作的管理员，需要其 PIN", en: "the admin making the change, who types their PIN"),
                        .init(name: "authorized-keys", value: "FILE", zh: "要写的 authorized_keys 文件（默认本账号的 ~/.ssh/authorized_keys）",
                              en: "the authorized_keys file to write (default: this account's ~/.ssh/authorized_keys)"),
                        pinStdin,
                    ], choices: ["add", "remove", "list"]),
        CommandSpec(name: "backup", synopsis: "--out COPY [--keep N [--every MINUTES]]",
                    zh: "在其他会话照常工作时取得一致的副本，校验它，并输出它所含的链头",
                    en: "take a consistent copy while sessions keep working, verify it and print the chain head it holds",
                    options: [
                        .init(name: "out", value: "PATH", zh: "副本文件；与 --keep 一起时为存放带时间戳副本的目录",
                              en: "the copy; with --keep, the folder for timestamped copies"),
                        .init(name: "keep", value: "N", zh: "在 --out 目录中写带时间戳的副本，只保留最新的 N 份",
                              en: "write a timestamped copy into the --out folder and keep the newest N"),
                        .init(name: "every", value: "MINUTES", zh: "每隔 MINUTES 分钟重复一次（不退出；需要 --keep）",
                              en: "repeat every MINUTES minutes (runs until stopped; needs --keep)"),
                    ]),
        CommandSpec(name: "restore", synopsis: "COPY [--force]",
                    zh: "先校验副本，再用它替换 --db 文件；被替换的文件留作 FILE.replaced-时间",
                    en: "verify a copy, then put it in place of the --db file; the replaced file is kept as FILE.replaced-TIME",
                    options: [
                        .init(name: "force", value: nil, zh: "即使现有文件比副本新也替换",
                              en: "replace the file even when it is newer than the copy"),
                    ]),
        CommandSpec(name: "sample", synopsis: "[--out DIR] [--seed N]",
                    zh: "生成确定性的样例数据", en: "write the deterministic sample data",
                    options: [
                        .init(name: "out", value: "DIR", zh: "目标目录（默认 SampleData）", en: "the folder (default SampleData)"),
                        .init(name: "seed", value: "N", zh: "随机种子", en: "the random seed"),
                    ]),
        CommandSpec(name: "awards", synopsis: "allocate|lock|unlock --as CHAIR [--method M] [--reason TEXT] [--pin-stdin]",
                    zh: "评审组长分配奖项、锁定或（写明理由）解锁评选结果；锁定时打印结果校验码（审计链头）",
                    en: "the chair allocates the awards, locks the results or unlocks them with a reason; locking prints the results' check code (the chain head)",
                    options: [
                        .init(name: "as", value: "CHAIR", zh: "评审组长姓名，需要其 PIN", en: "the chair, who types their PIN"),
                        .init(name: "method", value: "M", zh: "allocate：汇总方法 mean、trimmed、median 或 zscore（默认按比赛定义）",
                              en: "allocate: the aggregation method mean, trimmed, median or zscore (default: the contest's)"),
                        .init(name: "reason", value: "TEXT", zh: "unlock：解锁理由（必填）", en: "unlock: why (required)"),
                        pinStdin,
                    ], choices: ["allocate", "lock", "unlock"]),
        CommandSpec(name: "demo", synopsis: "[--sample DIR] [--phase review|judging|awards] [--no-open] [--theme NAME]",
                    zh: "用样例数据新建演示数据库（默认 demo/jurydesk.sqlite）并打开工作台；--phase 把比赛推进到审核中、评分中或奖项已分配",
                    en: "build the demo database (default demo/jurydesk.sqlite) from the sample data and open the workstation; --phase carries the contest into review, judging or allocated awards",
                    options: [
                        .init(name: "phase", value: "PHASE", zh: "review（部分已审核）、judging（大部分已评分）或 awards（奖项已分配）",
                              en: "review (part reviewed), judging (mostly scored) or awards (awards allocated)"),
                        .init(name: "sample", value: "DIR", zh: "样例数据目录（默认 ./SampleData，否则安装目录中的样例）",
                              en: "the sample folder (default ./SampleData, else the installed samples)"),
                        .init(name: "no-open", value: nil, zh: "只建数据库，不打开工作台", en: "only build the file"),
                        theme,
                    ]),
        CommandSpec(name: "help", synopsis: "[COMMAND]", zh: "显示帮助（也可用 --help 或 -h）",
                    en: "show help (also --help or -h)", options: []),
        CommandSpec(name: "version", synopsis: "", zh: "显示版本、构建提交和数据库结构版本（也可用 --version）",
                    en: "show the version, the build's commit and the schema version (also --version)", options: []),
        CommandSpec(name: "man", synopsis: "", zh: "以 troff 格式输出手册页", en: "print the manual page (troff)", options: []),
        CommandSpec(name: "completion", synopsis: "", zh: "输出 bash 补全脚本", en: "print the bash completion script", options: []),
    ]

    /// The command named `name`, if there is one.
    static func spec(_ name: String) -> CommandSpec? { commands.first { $0.name == name } }

    /// Environment variables the program reads, for help and the man page.
    static let environment: [(name: String, zh: String, en: String)] = [
        ("JURYDESK_DB", "未给 --db 时使用的数据库文件", "the database file when --db is not given"),
        ("JURYDESK_LANG", "未给 --lang 时的语言（zh 或 en）", "the language when --lang is not given (zh or en)"),
        ("JURYDESK_THEME_DIR", "自定义配色 JSON 所在目录（可用冒号分隔多个）", "folders of your own theme JSON files, colon-separated"),
        ("JURYDESK_VIEWER", "打开截图的程序（默认 xdg-open）", "the program that opens screenshots (default xdg-open)"),
        ("NO_COLOR", "设置后不用颜色", "when set, no colour"),
        ("TERM", "终端类型；8 色、linux 和 vt100 终端会降级显示", "the terminal type; 8-colour, linux and vt100 terminals degrade cleanly"),
    ]

    /// Exit statuses, for help and the man page.
    static let exitStatuses: [(code: Int32, zh: String, en: String)] = [
        (0, "完成", "done"),
        (1, "失败（消息说明原因），或校验发现问题", "failed (the message says why), or verify found a problem"),
        (64, "命令行有误", "bad command line"),
        (65, "输入文件有误（未导入任何内容）", "bad input file (nothing imported)"),
        (66, "没有给出 PIN，或无法读取数据库文件", "no PIN given, or the database file could not be read"),
        (73, "拒绝覆盖：demo 不覆盖真实数据库，restore 不覆盖更新的文件，导出目标不可写", "refused to overwrite: demo a real database, restore a newer file, or an export target"),
        (77, "无权操作", "not allowed"),
    ]
}
