/// A screen that acts on the passing of time without a key (a draft saved after a short pause).
///
/// The app forwards each clock tick to the top screen when it conforms; other screens never see ticks.
public protocol TickingScreen: Screen {
    mutating func tick(_ ctx: ScreenContext) -> [Command]
}
