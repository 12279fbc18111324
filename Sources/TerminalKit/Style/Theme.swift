/// A named set of styles, one per `ThemeRole`; load with `Theme.load(name:searchPaths:)` or use `Theme.default`.
public struct Theme: Sendable, Hashable {
    public var name: String
    /// Styles by role; a role left out falls back to `.normal`.
    public var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    /// The style for a role (the theme's normal style when the role is not set).
    public subscript(role: ThemeRole) -> Style {
        styles[role] ?? styles[.normal] ?? .plain
    }

    /// The theme as a terminal of the given colour level can show it (256 → nearest 16/8 colours, or attributes only).
    ///
    /// A theme whose normal text is dark is taken to be meant for a light background, so that
    /// greys degrade towards black there and towards white on dark themes; never to the background.
    public func adapted(to level: ColorLevel) -> Theme {
        let dark = !self[.normal].foreground.isDark
        return Theme(name: name, styles: styles.mapValues { $0.degraded(to: level, darkBackground: dark) })
    }

    /// True when the theme uses no colour at all.
    public var isMonochrome: Bool {
        styles.values.allSatisfy { $0.foreground == .default && $0.background == .default }
    }

    /// The compiled-in default theme (also shipped as Themes/default.json), so the binary works without the folder.
    public static let `default` = Theme(name: "default", styles: [
        .normal: Style(),
        .header: Style(foreground: .indexed(255), background: .indexed(24), attributes: .bold),
        .selected: Style(foreground: .black, background: .cyan, attributes: .bold),
        .status: Style(foreground: .indexed(252), background: .indexed(236)),
        .dim: Style(foreground: .indexed(244)),
        .accent: Style(foreground: .indexed(214), attributes: .bold),
        .error: Style(foreground: .brightRed, attributes: .bold),
        .warning: Style(foreground: .yellow),
        .success: Style(foreground: .green),
        .border: Style(foreground: .indexed(240)),
        .title: Style(foreground: .brightCyan, attributes: .bold),
        .input: Style(attributes: .underline),
        .inputFocused: Style(foreground: .black, background: .indexed(229)),
        .button: Style(attributes: .bold),
        .buttonFocused: Style(foreground: .black, background: .cyan, attributes: .bold),
        .help: Style(),
        .dialog: Style(),
        .bar: Style(foreground: .indexed(39)),
    ])

    /// The compiled-in colourless theme used for `NO_COLOR` and colourless terminals: selection stays visible through reverse video.
    public static let monochrome = Theme(name: "monochrome", styles: [
        .normal: Style(),
        .header: Style(attributes: [.bold, .underline]),
        .selected: Style(attributes: [.reverse, .bold]),
        .status: Style(attributes: .reverse),
        .dim: Style(attributes: .dim),
        .accent: Style(attributes: .bold),
        .error: Style(attributes: [.bold, .underline]),
        .warning: Style(attributes: .bold),
        .success: Style(),
        .border: Style(),
        .title: Style(attributes: .bold),
        .input: Style(attributes: .underline),
        .inputFocused: Style(attributes: .reverse),
        .button: Style(),
        .buttonFocused: Style(attributes: [.reverse, .bold]),
        .help: Style(),
        .dialog: Style(),
        .bar: Style(),
    ])

    /// Themes available without any file.
    public static let builtIn: [String: Theme] = ["default": .default, "monochrome": .monochrome]
}
