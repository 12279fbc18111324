import JuryStore

extension EffectRunner {
    func run(_ effect: UsersEffect, actor: String) throws -> Reply {
        switch effect {
        case .list:
            return .users(.list(try store.users.list()))
        case .add(let draft):
            try store.users.add(name: draft.name, role: draft.role, unit: draft.unit, city: draft.city, pin: draft.pin, actor: actor)
            return .users(.added(name: draft.name))
        case .edit(let name, let role, let unit, let city):
            try store.users.edit(name: name, role: role, unit: unit, city: city, actor: actor)
            return .users(.edited(name: name))
        case .deactivate(let name):
            try store.users.deactivate(name: name, actor: actor)
            return .users(.deactivated(name: name))
        case .reactivate(let name):
            try store.users.reactivate(name: name, actor: actor)
            return .users(.reactivated(name: name))
        case .unlock(let name):
            try store.users.unlock(name: name, actor: actor)
            return .users(.unlocked(name: name))
        case .resetPin(let name, let pin):
            try store.users.resetPin(name: name, pin: pin, actor: actor)
            return .users(.pinReset(name: name))
        }
    }
}
