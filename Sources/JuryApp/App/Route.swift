/// The screens of the workstation; the app keeps a stack of them (Esc/q pops).
public enum Route: Sendable, Equatable {
    case login
    case home
    case entrants
    case detail
    case users
    case userForm
    case phase
}
