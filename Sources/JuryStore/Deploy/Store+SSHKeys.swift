extension Store {
    /// Records that an SSH key was given to, or taken from, a user (who can reach the file is
    /// user management: administrators only, audited with the key's fingerprint).
    public func recordSSHKey(added: Bool, user: String, fingerprint: String, file: String, actor: String) throws {
        try write(actor: actor, action: added ? "ssh_key.add" : "ssh_key.remove", subject: user,
                  detail: .object(["fingerprint": .string(fingerprint), "file": .string(file)])) { ctx in
            try ctx.require(.manageUsers)
        }
    }
}
