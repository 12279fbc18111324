import Foundation
/// A screen that acts on the passing of time without a key (a draft saved after a short pause).
///
/// The app forwards each clock tick to the top screen when it conforms; other screens never see ticks.
public protocol TickingScreen: Screen {
    mutating func tick(_ ctx: ScreenContext) -> [Command]
}

/// A screen that keeps what is typed as a draft in the file (the score form): on a hangup every
/// such screen on the stack, covered or not, saves what it still holds.
protocol DraftKeeping: Screen {
    /// The write that saves what changed since the last save, or nothing.
    mutating func flush() -> [Command]
}

/// A screen that shows a countdown (the PIN wait after wrong tries): while it does, the loop draws
/// once a second without a key. No other screen shows the time, so no other screen redraws idle.
protocol CountingDown: Screen {
    func isCountingDown(at now: Date) -> Bool
}
