import CSQLite3
import Foundation
import JuryCore

/// Everything that can go wrong in the store, each case naming the file and what to do about it.
public enum StoreError: Error, Equatable, Sendable {
    case cannotOpen(path: String, code: Int32, message: String)
    case sqlite(path: String, code: Int32, message: String, sql: String?)
    case fileExists(path: String)
    case fileMissing(path: String)
    case cannotCreate(path: String, errno: Int32)
    case networkFilesystem(path: String, filesystem: String)
    case walUnavailable(path: String, journalMode: String)
    case schemaTooNew(path: String, found: Int, supported: Int)
    case busyTimeout(path: String, action: String, seconds: Double)
    case notFound(path: String, what: String, key: String)
    /// A value the caller passed is not acceptable; the reason is given in both languages.
    case invalidArgument(field: String, zh: String, en: String)
    case pinHashing(reason: String)
    /// Another session changed what this write was prepared from; running it again will do.
    case changedMeanwhile(path: String, action: String)
    /// A write was started inside another read or write of the same connection (a programming error).
    case nestedWrite(path: String, action: String)
    /// The acting user is not in `users`.
    case unknownActor(actor: String, attempt: LocalizedText)
    /// The acting user was deactivated.
    case inactiveActor(actor: String, attempt: LocalizedText)
    /// The acting user's role does not hold the permission (`role` nil for the command line).
    case notPermitted(actor: String, role: Role?, attempt: LocalizedText, allowed: [Role])
    /// The command line without `--as` tried something that needs a signed-in user.
    case needsSignIn(actor: String, attempt: LocalizedText)
    /// The contest phase does not allow it; names the phase that would.
    case wrongPhase(attempt: LocalizedText, current: LocalizedText?, allowed: LocalizedText)
    /// A contest rule refused it (stage order, waivers, rubric, conflicts); the reason in both languages.
    case refused(attempt: LocalizedText, zh: String, en: String)
    /// The stored contest definition cannot be decoded.
    case contestUnreadable(path: String, reason: String)
    /// A write found no room: the disk is full (ENOSPC, SQLITE_FULL), the user's quota is used up
    /// (EDQUOT) or the process's file-size limit was reached (EFBIG, `ulimit -f`). The transaction
    /// was rolled back, so the file is as it was.
    case diskFull(path: String, errno: Int32)
    /// This user may not write the file (or create its `-wal`/`-shm` beside it in `folder`); JuryDesk
    /// writes even to browse (sign-ins, claims, the audit chain), so it refuses before touching it.
    case readOnly(path: String, folder: String?)

    /// True for lock contention that a retry of the whole transaction can cure.
    public var isBusy: Bool {
        if case .sqlite(_, let code, _, _) = self {
            let primary = code & 0xFF
            return primary == SQLITE_BUSY || primary == SQLITE_LOCKED
        }
        return false
    }

    /// True when a write gave up waiting for the lock: the interface retries it from its loop.
    public var isBusyTimeout: Bool {
        if case .busyTimeout = self { return true }
        return false
    }

    /// The message in the requested language.
    public func message(language: MessageLanguage) -> String {
        let zh = language == .zh
        switch self {
        case let .cannotOpen(path, code, message):
            return zh ? "无法打开数据库文件 \(path)（SQLite \(code)：\(message)）。请检查路径与读写权限。"
                : "Cannot open the database file \(path) (SQLite \(code): \(message)). Check the path and its permissions."
        case let .sqlite(path, code, message, sql):
            let stmt = sql.map { " [\($0.prefix(160))]" } ?? ""
            return zh ? "数据库 \(path) 出错（SQLite \(code)：\(message)）\(stmt)。若反复出现，请运行 jurydesk verify。"
                : "Database \(path) failed (SQLite \(code): \(message))\(stmt). If it keeps happening, run jurydesk verify."
        case let .fileExists(path):
            return zh ? "文件 \(path) 已存在，未覆盖。换一个路径，或加 --force 重新创建（原数据将丢失）。"
                : "\(path) already exists and was left alone. Choose another path, or pass --force to recreate it (its data is lost)."
        case let .fileMissing(path):
            return zh ? "找不到数据库文件 \(path)。请先运行 jurydesk init 创建它，或检查路径。"
                : "No database file at \(path). Create it first with jurydesk init, or check the path."
        case let .cannotCreate(path, err):
            return zh ? "无法创建 \(path)（\(String(cString: strerror(err)))）。请检查目录权限。"
                : "Cannot create \(path) (\(String(cString: strerror(err)))). Check the folder's permissions."
        case let .networkFilesystem(path, fs):
            return zh ? "\(path) 位于网络或 FUSE 文件系统（\(fs)）上。WAL 模式需要同一台主机上的共享内存，多台机器同时访问会损坏数据。请 SSH 登录到存放该文件的主机上运行 JuryDesk；或自行承担风险使用 --journal delete。"
                : "\(path) is on a network or FUSE filesystem (\(fs)). WAL mode needs shared memory on one host; sessions on several machines would corrupt it. SSH to the host that holds the file and run JuryDesk there, or pass --journal delete at your own risk."
        case let .walUnavailable(path, mode):
            return zh ? "无法把 \(path) 切换到 WAL 模式（当前为 \(mode)）。请确认文件可写且不在网络文件系统上。"
                : "Could not switch \(path) to WAL mode (it stays in \(mode)). Make sure the file is writable and on a local disk."
        case let .schemaTooNew(path, found, supported):
            return zh ? "\(path) 由更新版本的 JuryDesk 创建（结构版本 \(found)，本程序支持到 \(supported)）。请升级 JuryDesk。"
                : "\(path) was written by a newer JuryDesk (schema \(found); this one knows up to \(supported)). Upgrade JuryDesk."
        case let .busyTimeout(path, action, seconds):
            let words = ActionWords.describe(action)
            if seconds < 2 {
                // The interface's short try: short enough for the status line, it will try again.
                return zh ? "文件正忙，未能\(words.zh)；稍后重试。" : "The file is busy; could not \(words.en). Retrying."
            }
            return zh ? "\(path) 被其他会话占用，\(String(format: "%.0f", seconds)) 秒内未能\(words.zh)。请稍后重试；若持续出现，检查是否有进程卡住。"
                : "\(path) stayed locked by other sessions; could not \(words.en) within \(String(format: "%.0f", seconds)) s. Try again; if it persists, look for a stuck process."
        case let .notFound(path, what, key):
            return zh ? "\(path) 中没有\(what) \(key)。请检查编号；若它来自一份还没导入的文件，请先导入那份文件。"
                : "No \(what) \(key) in \(path). Check the key; if it comes from a file not imported yet, import that file first."
        case let .invalidArgument(field, reasonZh, reasonEn):
            return zh ? "\(field) 无效：\(reasonZh)" : "Invalid \(field): \(reasonEn)"
        case let .changedMeanwhile(path, action):
            return zh ? "准备“\(action)”期间，另一个会话改动了 \(path)，本次未作任何改动。请重新运行一次。"
                : "Another session changed \(path) while \"\(action)\" was being prepared; nothing was changed. Run it again."
        case let .nestedWrite(path, action):
            return zh ? "程序错误：在已打开的事务中又开始写入（\(ActionWords.describe(action).zh)，\(path)）。请报告此问题。"
                : "Program error: a write (\(ActionWords.describe(action).en), \(path)) was started inside an open transaction. Please report it."
        case let .unknownActor(actor, attempt):
            return zh ? "用户 \(actor) 不存在，不能\(attempt.zh)。请用已登记的用户登录。"
                : "No user \(actor): cannot \(attempt.en). Sign in as a registered user."
        case let .inactiveActor(actor, attempt):
            return zh ? "用户 \(actor) 已停用，不能\(attempt.zh)。请联系管理员。"
                : "User \(actor) is deactivated: cannot \(attempt.en). Ask an administrator."
        case let .notPermitted(actor, role, attempt, allowed):
            let who = allowed.map { RoleWords.name($0) }
            let roleText = role.map { RoleWords.name($0) } ?? LocalizedText(zh: "命令行", en: "the command line")
            return zh ? "\(actor)（\(roleText.zh)）不能\(attempt.zh)；仅限\(who.map(\.zh).joined(separator: "、"))。"
                : "\(actor) (\(roleText.en)) may not \(attempt.en); only \(who.map(\.en).joined(separator: ", ")) may."
        case let .needsSignIn(actor, attempt):
            return zh ? "\(actor) 未以用户身份登录，不能\(attempt.zh)：请加 --as 姓名 并输入该用户的 PIN（仅在还没有管理员时可省略）。"
                : "\(actor) is not signed in as a user and cannot \(attempt.en): add --as NAME and enter that user's PIN (only a file with no admin yet may skip it)."
        case let .wrongPhase(attempt, current, allowed):
            let now = current.map { (zh: "当前为“\($0.zh)”", en: "it is now \"\($0.en)\"") } ?? (zh: "尚未设置阶段", en: "no phase is set")
            return zh ? "只能在“\(allowed.zh)”阶段\(attempt.zh)（\(now.zh)）。"
                : "You can \(attempt.en) only in the \"\(allowed.en)\" phase (\(now.en))."
        case let .refused(attempt, reasonZh, reasonEn):
            return zh ? "未能\(attempt.zh)：\(reasonZh)" : "Could not \(attempt.en): \(reasonEn)"
        case let .contestUnreadable(path, reason):
            return zh ? "\(path) 中保存的赛事定义无法读取（\(reason)）。请用 jurydesk init 重新导入正确的定义。"
                : "The contest definition stored in \(path) cannot be read (\(reason)). Store a valid one again."
        case let .diskFull(path, err):
            if err == EFBIG {
                return zh ? "写入 \(path) 时达到了本进程的文件大小上限（ulimit -f），本次改动已撤销，文件保持原样。请提高上限（如 ulimit -f unlimited）后重新运行。"
                    : "Writing \(path) reached this process's file-size limit (ulimit -f); the change was rolled back and the file is as it was. Raise the limit (e.g. ulimit -f unlimited) and run it again."
            }
            if err == EDQUOT {
                return zh ? "写入 \(path) 时磁盘配额已用完，本次改动已撤销，文件保持原样。请删除一些文件或请管理员提高配额后重新运行。"
                    : "Writing \(path) hit the disk quota; the change was rolled back and the file is as it was. Delete some files or ask for a larger quota, then run it again."
            }
            return zh ? "存放 \(path) 的磁盘已满，本次改动已撤销，文件保持原样。请在该磁盘上腾出空间（df -h 查看）后重新运行。"
                : "The disk holding \(path) is full; the change was rolled back and the file is as it was. Free some space on that disk (see df -h) and run it again."
        case let .readOnly(path, folder):
            if let folder {
                return zh ? "\(path) 只能读不能写：本用户不能在目录 \(folder) 中创建它旁边的 -wal/-shm 文件，未作任何改动。JuryDesk 即使只是浏览也要写入（登录、审计记录）。请以有写权限的用户运行，或请管理员给该目录写权限（如加入文件所属的组并 chmod g+w）。"
                    : "\(path) is read-only for this user: it cannot create the -wal/-shm files beside it in \(folder); nothing was changed. JuryDesk writes even to browse (sign-ins, the audit log). Run it as a user who may write there, or ask an administrator for write access to that folder (e.g. join the file's group and chmod g+w)."
            }
            return zh ? "\(path) 只能读不能写（本用户没有写权限，或文件系统是只读的），未作任何改动。JuryDesk 即使只是浏览也要写入（登录、审计记录）。请以有写权限的用户运行，或请管理员给予写权限（如加入文件所属的组，chmod 660）；若只需核对，可先复制一份再打开副本。"
                : "\(path) is read-only for this user (no write permission, or a read-only file system); nothing was changed. JuryDesk writes even to browse (sign-ins, the audit log). Run it as a user who may write the file, or ask an administrator for write access (e.g. join the file's group, chmod 660); to look only, open a copy."
        case let .pinHashing(reason):
            return zh ? "PIN 哈希失败（\(reason)）。请确认系统 libcrypt 支持 yescrypt。"
                : "PIN hashing failed (\(reason)). Make sure the system libcrypt supports yescrypt."
        }
    }
}

extension StoreError: LocalizedError {
    public var errorDescription: String? { message(language: .fromEnvironment) }
}
