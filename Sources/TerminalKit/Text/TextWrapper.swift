/// Wraps text into lines of at most a given display width, with Chinese line-breaking rules.
///
/// Latin words break at spaces and are hard-broken only when longer than a line; CJK text may
/// break between any two characters, except before closing punctuation (，。、；：？！）」』…) and
/// after opening punctuation (（「『…) — the kinsoku rules readers expect.
public enum TextWrapper {
    /// Characters that must not begin a line.
    static let noBreakBefore: Set<Character> = Set("，。、；：？！）」』】》〉〕’”…‥・ー々〜,.;:?!)]}%·")
    /// Characters that must not end a line.
    static let noBreakAfter: Set<Character> = Set("（「『【《〈〔‘“([{")

    /// The wrapped lines; explicit newlines start new paragraphs; an empty paragraph is an empty line.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lines.append(contentsOf: wrapParagraph(Substring(paragraph), width: width))
        }
        return lines
    }

    private struct Token {
        var text: String
        var width: Int
        var isSpace: Bool
    }

    private static func tokenize(_ paragraph: Substring) -> [Token] {
        var tokens: [Token] = []
        var glueNext = false
        for character in paragraph {
            let w = DisplayWidth.of(character)
            let isSpace = character.isWhitespace
            let standsAlone = w == 2 || noBreakBefore.contains(character) || noBreakAfter.contains(character)
            if isSpace {
                glueNext = false
                if let last = tokens.last, last.isSpace {
                    tokens[tokens.count - 1].text.append(character)
                    tokens[tokens.count - 1].width += w
                } else {
                    tokens.append(Token(text: String(character), width: w, isSpace: true))
                }
                continue
            }
            let previousIsWord = tokens.last.map { !$0.isSpace } ?? false
            let continuesLatinWord = standsAlone == false && previousEndsNarrow(tokens)
            let joinsPrevious = previousIsWord && (glueNext || noBreakBefore.contains(character) || continuesLatinWord)
            if joinsPrevious {
                tokens[tokens.count - 1].text.append(character)
                tokens[tokens.count - 1].width += w
            } else {
                tokens.append(Token(text: String(character), width: w, isSpace: false))
            }
            glueNext = noBreakAfter.contains(character)
        }
        return tokens
    }

    /// Latin letters keep joining a word unless the word so far ends in a wide (CJK) character.
    private static func previousEndsNarrow(_ tokens: [Token]) -> Bool {
        guard let last = tokens.last?.text.last else { return false }
        return DisplayWidth.of(last) != 2
    }

    private static func wrapParagraph(_ paragraph: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        var pendingSpace = ""
        var atStart = true
        func flush() {
            lines.append(line)
            line = ""
            lineWidth = 0
            pendingSpace = ""
        }
        for token in tokenize(paragraph) {
            if token.isSpace {
                // Leading indentation (often two ideographic spaces) is kept; other spaces only between words.
                if atStart { line = token.text; lineWidth = token.width } else if lineWidth > 0 { pendingSpace = token.text }
                continue
            }
            atStart = false
            let spaceWidth = pendingSpace.displayWidth
            if lineWidth + spaceWidth + token.width <= width {
                line += pendingSpace + token.text
                lineWidth += spaceWidth + token.width
                pendingSpace = ""
            } else if token.width <= width {
                if lineWidth > 0 { flush() }
                line = token.text
                lineWidth = token.width
                pendingSpace = ""
            } else {
                // Too long for any line: hard-break it, using what is left of the current line first.
                if lineWidth > 0 && lineWidth + spaceWidth < width {
                    line += pendingSpace
                    lineWidth += spaceWidth
                } else if lineWidth > 0 {
                    flush()
                }
                pendingSpace = ""
                for character in token.text {
                    let w = DisplayWidth.of(character)
                    if lineWidth + w > width && lineWidth > 0 { flush() }
                    line.append(character)
                    lineWidth += w
                }
            }
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
