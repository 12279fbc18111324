/// One thing `verify` found wrong.
public enum VerifyProblem: Equatable, Sendable {
    /// `PRAGMA integrity_check` reported this line.
    case integrity(String)
    /// The chain breaks at this entry: its stored prev or hash does not match.
    case brokenLink(seq: Int64, field: String, expected: String, found: String)
    /// An audited row's values differ from what its last audited write recorded.
    case rowAltered(table: String, id: Int64, column: String, expected: String, found: String)
    /// A row no audited write created (inserted from outside JuryDesk).
    case rowUnaudited(table: String, id: Int64)
    /// A row the audit says exists is gone (deleted from outside JuryDesk).
    case rowMissing(table: String, id: Int64)
    /// A sealed row (users, entrants, accounts, works, recommendations, votes, settings, claims)
    /// differs from its seal; `column` is the first column whose checksum changed.
    case sealedRowAltered(table: String, key: String, column: String, found: String)
    /// A row in a sealed table has no seal (inserted outside JuryDesk).
    case sealedRowUnaudited(table: String, key: String)
    /// A seal whose row is gone (deleted outside JuryDesk).
    case sealedRowMissing(table: String, key: String)
    /// The table's seals no longer add up to the digest the chain recorded at entry `seq`: seals
    /// were rewritten (or removed with their rows) to hide an edit.
    case sealDigestMismatch(table: String, seq: Int64, auditedRows: Int64, sealedRows: Int64)
    /// A JuryDesk write at entry `seq` found this row already altered outside JuryDesk before it
    /// changed and resealed it.
    case sealedBeforeCheck(table: String, key: String, seq: Int64)
    /// A sheet's copy in `sheet_scores` (what the chair's ranking reads) is not what its audited sheet
    /// and items say: `expected` nil for a copy with no sheet, `found` nil for a sheet with no copy.
    case sheetScoresOutOfStep(sheetId: Int64, expected: String?, found: String?)
    /// An entry's detail is not the JSON the write helper writes.
    case unreadableDetail(seq: Int64)
    /// A head written down earlier (`verify --head SEQ:HASH`) is not in the log as it is now:
    /// `found` is the hash entry SEQ has now, nil when the log no longer reaches SEQ.
    case anchorMismatch(anchor: ChainHead, found: String?)
    /// The log holds the anchored entry, but the chain up to it does not verify.
    case anchorUnverified(anchor: ChainHead, brokenAt: Int64)

    public func message(language: MessageLanguage) -> String {
        let zh = language == .zh
        switch self {
        case .integrity(let line):
            return zh ? "SQLite 完整性检查：\(line)" : "SQLite integrity check: \(line)"
        case let .brokenLink(seq, field, expected, found):
            return zh ? "审计链在第 \(seq) 条断开：\(field) 应为 \(expected)，实为 \(found)（该条或其前一条被改动过）。"
                : "Audit chain broken at entry \(seq): \(field) should be \(expected) but is \(found) (this entry or the one before was edited)."
        case let .rowAltered(table, id, column, expected, found):
            return zh ? "\(table) 第 \(id) 行被绕过 JuryDesk 修改：\(column) 审计值 \(expected)，现为 \(found)。"
                : "\(table) row \(id) was changed outside JuryDesk: \(column) audited \(expected), found \(found)."
        case let .rowUnaudited(table, id):
            return zh ? "\(table) 第 \(id) 行没有审计记录（绕过 JuryDesk 插入）。"
                : "\(table) row \(id) has no audit record (inserted outside JuryDesk)."
        case let .rowMissing(table, id):
            return zh ? "\(table) 第 \(id) 行在审计中存在，但已被删除（绕过 JuryDesk）。"
                : "\(table) row \(id) is in the audit log but was deleted outside JuryDesk."
        case let .sealedRowAltered(table, key, column, found):
            return zh ? "\(table) 行 \(key) 被绕过 JuryDesk 修改：\(column) 与封存值不符，现为 \(found)。请从备份或原始文件核对该值。"
                : "\(table) row \(key) was changed outside JuryDesk: \(column) differs from its seal, now \(found). Check the value against a backup or the source file."
        case let .sealedRowUnaudited(table, key):
            return zh ? "\(table) 行 \(key) 没有封存记录（绕过 JuryDesk 插入）。" : "\(table) row \(key) has no seal (inserted outside JuryDesk)."
        case let .sealedRowMissing(table, key):
            return zh ? "\(table) 行 \(key) 已封存，但已被删除（绕过 JuryDesk）。" : "\(table) row \(key) is sealed but was deleted outside JuryDesk."
        case let .sealDigestMismatch(table, seq, audited, sealed):
            return zh ? "\(table) 的封存值合计与审计第 \(seq) 条记录的不符（审计 \(audited) 行，现有封存 \(sealed) 行）：有封存值连同数据一起被改写或删除。"
                : "\(table)'s seals no longer add up to the digest audit entry \(seq) recorded (\(audited) rows audited, \(sealed) sealed now): seals were rewritten or removed along with the data."
        case let .sealedBeforeCheck(table, key, seq):
            return zh ? "\(table) 行 \(key) 在审计第 \(seq) 条的写入之前已被绕过 JuryDesk 修改。"
                : "\(table) row \(key) had been changed outside JuryDesk before the write of audit entry \(seq)."
        case let .sheetScoresOutOfStep(id, expected, found):
            let should = expected.map { "“\($0)”" } ?? (zh ? "（无此评分表）" : "(no such sheet)")
            let now = found.map { "“\($0)”" } ?? (zh ? "（缺失）" : "(missing)")
            return zh ? "sheet_scores 中第 \(id) 张评分表的副本与审计过的评分表及评分项不符：应为 \(should)，现为 \(now)。排名读取的是这份副本：请从备份恢复，或用 sqlite3 按评分表改回。"
                : "sheet_scores' copy of score sheet \(id) does not match the audited sheet and its items: should be \(should), is \(now). Rankings read this copy: restore from a backup, or set it back from the sheet with sqlite3."
        case .unreadableDetail(let seq):
            return zh ? "审计第 \(seq) 条的详情无法解析。" : "Audit entry \(seq) has an unreadable detail."
        case let .anchorMismatch(anchor, found?):
            return zh ? "锚点 \(anchor) 不符：第 \(anchor.seq) 条审计记录的哈希现为 \(found)。审计日志在记下该锚点之后被改写过。"
                : "Anchor \(anchor) does not hold: audit entry \(anchor.seq) now has hash \(found). The log was rewritten after that head was written down."
        case let .anchorMismatch(anchor, nil):
            return zh ? "锚点 \(anchor) 不符：审计日志已没有第 \(anchor.seq) 条。日志在记下该锚点之后被截短或删改过。"
                : "Anchor \(anchor) does not hold: the audit log no longer has entry \(anchor.seq). It was cut short or rewritten after that head was written down."
        case let .anchorUnverified(anchor, brokenAt):
            return zh ? "锚点 \(anchor) 不符：日志在其之前的第 \(brokenAt) 条处断开。"
                : "Anchor \(anchor) does not hold: the chain breaks at entry \(brokenAt), before it."
        }
    }
}
