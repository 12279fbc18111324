/// Key sequences that common terminals send but a given terminfo entry may not list.
///
/// PuTTY (the usual SSH client on Windows) sends `ESC [1~`/`ESC [4~` for Home/End and `ESC [11~`
/// for F1 while calling itself `xterm`; tmux and screen send `ESC [1~`/`ESC [4~` whatever TERM says;
/// the Linux console sends `ESC [[A` for F1. When terminfo does not know a sequence, ncurses hands
/// the app a lone Esc followed by `[`, `4`, `~` — and Esc means "back", so pressing End would leave
/// the screen. The ncurses terminal registers each of these that the terminfo entry leaves free.
public enum ExtraKeySequences {
    /// Each sequence (after ESC) and the key it means.
    public static let table: [(sequence: String, key: Key)] = [
        ("[1~", .home), ("[7~", .home), ("[H", .home), ("OH", .home),
        ("[4~", .end), ("[8~", .end), ("[F", .end), ("OF", .end),
        ("[5~", .pageUp), ("[6~", .pageDown), ("[2~", .insert), ("[3~", .delete),
        ("[A", .up), ("[B", .down), ("[C", .right), ("[D", .left),
        ("OA", .up), ("OB", .down), ("OC", .right), ("OD", .left),
        ("[Z", .backTab),
        ("OP", .function(1)), ("OQ", .function(2)), ("OR", .function(3)), ("OS", .function(4)),
        ("[11~", .function(1)), ("[12~", .function(2)), ("[13~", .function(3)), ("[14~", .function(4)),
        ("[[A", .function(1)), ("[[B", .function(2)), ("[[C", .function(3)), ("[[D", .function(4)), ("[[E", .function(5)),
    ]

    /// The full byte string of an entry, ESC included.
    public static func bytes(_ sequence: String) -> String { "\u{1B}" + sequence }
}
