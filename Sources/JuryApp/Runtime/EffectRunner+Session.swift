import JuryStore

extension EffectRunner {
    func run(_ effect: SessionEffect) throws -> Reply {
        switch effect {
        case .loadUsers:
            return .session(.users(try store.users.list()))
        case .authenticate(let name, let pin):
            return .session(.login(name: name, outcome: try store.users.authenticate(name: name, pin: pin)))
        case .checkActive(let name):
            return .session(.active(name: name, try store.users.user(named: name)?.active ?? false))
        }
    }
}
