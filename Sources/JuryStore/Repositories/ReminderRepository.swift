import JuryCore

/// Notes the chair leaves for a judge ("12 sheets still open, please finish by Friday"); the judge
/// sees unseen ones after signing in, and seeing them is recorded.
public struct ReminderRepository {
    let store: Store

    /// One reminder.
    public struct Reminder: Hashable, Sendable {
        public var id: Int64
        public var judge: String
        public var text: String
        public var createdBy: String
        public var createdAt: String
    }

    /// Leaves a reminder for a judge (the chair or an administrator: those who see every judge's progress).
    @discardableResult
    public func leave(judge: String, text: String, actor: String) throws -> Int64 {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return try store.write(actor: actor, action: "reminder.leave", subject: judge) { ctx in
            try ctx.require(.readAllSheets)
            let attempt = LocalizedText(zh: "给评委留言", en: "leave a reminder for a judge")
            guard !text.isEmpty else {
                throw StoreError.refused(attempt: attempt, zh: "留言不能为空。", en: "the reminder is empty.")
            }
            guard try ctx.db.scalar("SELECT 1 FROM users WHERE name = ? AND role = 'judge'", [judge]) != nil else {
                throw StoreError.refused(attempt: attempt, zh: "\(judge) 不是评委。", en: "\(judge) is not a judge.")
            }
            try ctx.db.run("INSERT INTO reminders (judge, text, created_by, created_at) VALUES (?, ?, ?, ?)",
                           [judge, text, ctx.actor, ctx.nowText])
            return ctx.db.lastInsertRowID
        }
    }

    /// The judge's reminders not yet seen, oldest first.
    public func unseen(judge: String) throws -> [Reminder] {
        try store.read { db in
            try db.query("SELECT * FROM reminders WHERE judge = ? AND seen_at IS NULL ORDER BY id", [judge]).map {
                Reminder(id: $0.int64("id") ?? 0, judge: $0.string("judge") ?? "", text: $0.string("text") ?? "",
                         createdBy: $0.string("created_by") ?? "", createdAt: $0.string("created_at") ?? "")
            }
        }
    }

    /// Unseen reminders per judge, for the chair's matrix.
    public func unseenCounts() throws -> [String: Int] {
        try store.read { db in
            var out: [String: Int] = [:]
            for row in try db.query("SELECT judge, count(*) AS n FROM reminders WHERE seen_at IS NULL GROUP BY judge") {
                if let j = row.string("judge") { out[j] = row.int("n") ?? 0 }
            }
            return out
        }
    }

    /// Marks the judge's reminders up to `id` as seen (the judge only).
    public func markSeen(upTo id: Int64, judge: String) throws {
        try store.write(actor: judge, action: "reminder.seen", subject: judge) { ctx in
            try ctx.require(.score)
            try ctx.db.run("UPDATE reminders SET seen_at = ? WHERE judge = ? AND id <= ? AND seen_at IS NULL", [ctx.nowText, judge, id])
        }
    }
}

extension Store {
    /// The chair's reminders to judges.
    public var reminders: ReminderRepository { ReminderRepository(store: self) }
}
