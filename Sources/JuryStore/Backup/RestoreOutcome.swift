/// What `Store.restore` did, or why it refused.
public enum RestoreOutcome: Sendable {
    /// The copy is in place; `keptAside` names the replaced file, if there was one.
    case restored(head: ChainHead?, keptAside: String?)
    /// The copy failed verification; nothing was changed.
    case copyInvalid(VerifyReport)
    /// The file in place holds a later (or a different) audit history than the copy; nothing was
    /// changed. `--force` replaces it anyway.
    case fileIsNewer(current: ChainHead, copy: ChainHead?)
}
