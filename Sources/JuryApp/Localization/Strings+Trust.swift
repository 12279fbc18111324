/// The texts of issue 7's defences: signing in on the command line, the lockout, chain heads and
/// SSH keys.
extension Strings {
    static let trustZh: [StringKey: String] = [
        .cliNeedsAs: "“{command}”会改动用户、阶段或导出个人信息，须以用户身份进行：请加 --as 姓名，并输入该用户的 PIN（仅在文件中还没有在职管理员时可省略，用于添加第一位管理员）。",
        .cliAccountLocked: "{name} 因连续输错 PIN 已被锁定。请管理员（评委、审核员也可由评审主任）运行 jurydesk user unlock {name} --as 姓名 解锁。",
        .cliUserUnlocked: "已解锁用户 {name}。",
        .cliSignedInAs: "以 {name}（{role}）身份操作。",
        .cliVerifyHead: "核对锚点 {anchor} 失败：{reason}",
        .cliHeadAnchor: "锚点 {anchor} 格式不对：应为 序号:64位十六进制哈希（取自先前 verify、导入或导出打印的 head 行）。",
        .cliHeadNow: "审计链头（请记在文件之外，日后用 jurydesk verify --head 序号:哈希 核对）：",
        .cliSshKeyAdded: "已为 {name} 添加 SSH 公钥（{type}，{fingerprint}）到 {path}。",
        .cliSshKeyRemoved: "已从 {path} 删除 {name} 的 {count} 把 SSH 公钥。",
        .cliSshKeyNone: "{path} 中没有 {name} 的 SSH 公钥，未作改动。",
        .cliSshKeyInvalid: "{path} 不是一行有效的 SSH 公钥（{reason}）。请给出 ssh-keygen 生成的 .pub 文件。",
        .cliSshKeyUnknownUser: "数据库中没有在职用户 {name}。请先用 jurydesk user add 添加该用户。",
        .loginLocked: "该账户因连续输错 PIN 已被锁定，请联系管理员或评审主任解锁",
        .loginOnlyUser: "此连接只允许 {name} 登录",
    ]
    static let trustEn: [StringKey: String] = [
        .cliNeedsAs: "\"{command}\" changes users or the phase, or exports personal data, so it must be done as a user: add --as NAME and enter that user's PIN (only a file with no active admin yet may skip it, to add the first admin).",
        .cliAccountLocked: "{name} is locked after too many wrong PINs. An admin (or, for judges and reviewers, the chair) can run jurydesk user unlock {name} --as NAME.",
        .cliUserUnlocked: "Unlocked user {name}.",
        .cliSignedInAs: "Acting as {name} ({role}).",
        .cliVerifyHead: "Anchor {anchor} does not hold: {reason}",
        .cliHeadAnchor: "Anchor {anchor} is not SEQ:HASH (a number, a colon and 64 hex digits, from a head line printed earlier by verify, import or export).",
        .cliHeadNow: "Audit chain head (write it down outside the file; check it later with jurydesk verify --head SEQ:HASH):",
        .cliSshKeyAdded: "Added an SSH key for {name} ({type}, {fingerprint}) to {path}.",
        .cliSshKeyRemoved: "Removed {count} SSH key(s) of {name} from {path}.",
        .cliSshKeyNone: "{path} has no SSH key for {name}; nothing changed.",
        .cliSshKeyInvalid: "{path} is not one valid SSH public key line ({reason}). Give the .pub file ssh-keygen made.",
        .cliSshKeyUnknownUser: "No active user {name} in the database. Add them first with jurydesk user add.",
        .loginLocked: "This account is locked after too many wrong PINs: ask an admin or the chair to unlock it",
        .loginOnlyUser: "This connection signs in {name} only",
    ]
}
