import JuryStore

extension EffectRunner {
    func run(_ effect: SessionEffect) throws -> Reply {
        switch effect {
        case .loadUsers:
            let all = try store.users.list()
            return .session(.users(onlyUser.map { only in all.filter { $0.name == only } } ?? all))
        case .authenticate(let name, let pin):
            // Checked here, not only on the screen: an SSH key forced into `--user` opens one account.
            if let onlyUser, name != onlyUser { return .session(.login(name: name, outcome: .unknownOrInactive)) }
            return .session(.login(name: name, outcome: try store.users.authenticate(name: name, pin: pin)))
        case .checkActive(let name):
            return .session(.active(name: name, try store.users.user(named: name)?.active ?? false))
        }
    }
}
