import JuryStore
/// What a screen asks of the app after a key, a reply or a refresh.
///
/// Screens never touch the stack or one another: they return these and the app carries them out.
public enum Command: Sendable {
    /// Run store or viewer work; its `Reply` comes back to this screen instance only.
    case run(Effect)
    /// Show a new screen on top (it is refreshed at once, which loads what it shows).
    case push(any Screen)
    /// Close this screen; the one beneath is refreshed.
    case pop
    /// Close this screen and hand `reply` to the one beneath (a form telling its list what it added).
    case popDelivering(Reply)
    /// Swap this screen for another.
    case replace(any Screen)
    /// Back to the role's home screen.
    case home
    /// A line in the message row.
    case status(StatusMessage)
    /// A yes/no dialog; the answer comes back to this screen as `.confirmed` or `.declined`.
    case confirm(title: String, message: String)
    /// The login succeeded: the session starts at the role's home.
    case signIn(UserAccount)
    case signOut
    /// Quit, asking first unless `confirmed`.
    case quit(confirmed: Bool)
    /// Forget what the terminal shows and draw everything again (Ctrl-L).
    case redraw
}

