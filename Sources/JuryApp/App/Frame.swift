import TerminalKit

/// Where the frame's parts go: a title line, the screen's body, a message line and the status bar.
public enum Frame {
    static let minimum = TooSmallNotice.standardMinimum

    static func title(_ size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }
    static func body(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 3)) }
    static func message(_ size: Size) -> Rect { Rect(x: 0, y: max(0, size.height - 2), width: size.width, height: 1) }
    static func status(_ size: Size) -> Rect { Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1) }

    static func isTooSmall(_ size: Size) -> Bool { TooSmallNotice.isTooSmall(size, minimum: minimum) }
}
