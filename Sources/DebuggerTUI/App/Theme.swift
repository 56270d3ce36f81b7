// How each Role looks. Two palettes: colours chosen to read on both dark and
// light backgrounds (a projector washes out subtle ones, so highlights are
// backgrounds, not shades), and a monochrome one made of attributes only, used
// when the terminal has no colours or NO_COLOR is set (https://no-color.org).
// The high-contrast variant (SCOPEWALK_THEME=contrast, or the T key) is for
// projectors: nothing is dim, text is bold, highlights are reversed, so it
// reads the same with or without colours.

struct Theme: Equatable, Sendable {
    var glyphs: Glyphs
    var usesColor: Bool
    var highContrast: Bool

    init(glyphs: Glyphs, usesColor: Bool, highContrast: Bool = false) {
        self.glyphs = glyphs
        self.usesColor = usesColor
        self.highContrast = highContrast
    }

    /// The theme for a terminal: colour unless impossible or NO_COLOR is set
    /// to anything non-empty; ASCII symbols unless the locale is UTF-8
    /// (SCOPEWALK_ASCII=1 forces them, for terminals whose fonts lack them).
    init(capabilities: TerminalCapabilities, environment: [String: String]) {
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        let forceASCII = !(environment["SCOPEWALK_ASCII"] ?? "").isEmpty
        self.init(glyphs: capabilities.isUTF8 && !forceASCII ? .unicode : .ascii,
                  usesColor: capabilities.hasColors && !noColor,
                  highContrast: environment["SCOPEWALK_THEME"]?.lowercased() == "contrast")
    }

    func appearance(for role: Role) -> Appearance {
        if highContrast { return Self.contrastAppearance(role, color: usesColor) }
        return usesColor ? Self.colorAppearance(role) : Self.monochromeAppearance(role)
    }

    /// For projectors: nothing dim, everything that carries meaning bold,
    /// highlights reversed (readable on any background); colour, when there
    /// is some, only adds strong foregrounds.
    private static func contrastAppearance(_ role: Role, color: Bool) -> Appearance {
        func strong(_ foreground: TerminalColor) -> Appearance {
            color ? Appearance(foreground, on: nil, .bold) : Appearance(nil, on: nil, .bold)
        }
        switch role {
        case .plain, .value, .overlay, .hint, .dim, .separator, .lineNumber, .comment, .finished, .unbound, .builtin, .decorator:
            return Appearance(nil, on: nil, .bold)
        case .string: return strong(.green)
        case .number: return strong(.blue)
        case .keyword, .definition: return strong(.magenta)
        case .name, .message, .input: return Appearance(nil, on: nil, [.bold, .underline])
        case .cellLabel, .breakpoint, .error: return strong(.red)
        case .objectLabel: return Appearance(nil, on: nil, .bold)
        case .sharedLabel: return Appearance(nil, on: nil, [.reverse, .bold])
        case .sectionHeader: return Appearance(nil, on: nil, [.bold, .underline])
        case .paneTitle: return Appearance(nil, on: nil, [.reverse])
        case .focusedPaneTitle, .currentLine, .exceptionLine, .selectedFrameLine, .hintKey,
             .statusPaused, .statusRunning, .statusFinished, .statusException:
            return Appearance(nil, on: nil, [.reverse, .bold])
        case .changedNew, .changedRebound, .changedMutated: return Appearance(nil, on: nil, [.reverse, .bold, .underline])
        }
    }

    private static func colorAppearance(_ role: Role) -> Appearance {
        switch role {
        case .plain, .value, .overlay: return Appearance()
        case .dim, .separator, .lineNumber, .comment, .finished, .unbound: return Appearance(nil, on: nil, .dim)
        case .paneTitle: return Appearance(.black, on: .white)
        case .focusedPaneTitle: return Appearance(.black, on: .cyan, .bold)
        case .keyword: return Appearance(.magenta, on: nil, .bold)
        case .builtin: return Appearance(.cyan)
        case .string: return Appearance(.green)
        case .number: return Appearance(.blue, on: nil, .bold)
        case .definition: return Appearance(.blue, on: nil, .bold)
        case .decorator: return Appearance(.magenta)
        case .currentLine: return Appearance(.black, on: .yellow, .bold)
        case .selectedFrameLine: return Appearance(.black, on: .cyan)
        case .exceptionLine: return Appearance(.white, on: .red, .bold)
        case .breakpoint: return Appearance(.red, on: nil, .bold)
        case .sectionHeader: return Appearance(.cyan, on: nil, [.bold, .underline])
        case .name: return Appearance(nil, on: nil, .bold)
        case .cellLabel: return Appearance(.magenta, on: nil, .bold)
        case .objectLabel: return Appearance(.magenta)
        case .sharedLabel: return Appearance(.white, on: .magenta, .bold)
        case .changedNew: return Appearance(.black, on: .green, .bold)
        case .changedRebound: return Appearance(.black, on: .yellow, .bold)
        case .changedMutated: return Appearance(.black, on: .magenta, .bold)
        case .statusPaused: return Appearance(.black, on: .green, .bold)
        case .statusRunning: return Appearance(.black, on: .yellow, .bold)
        case .statusFinished: return Appearance(.black, on: .cyan, .bold)
        case .statusException: return Appearance(.white, on: .red, .bold)
        case .hintKey: return Appearance(nil, on: nil, [.bold, .reverse])
        case .hint: return Appearance()
        case .message: return Appearance(.yellow, on: nil, .bold)
        case .input: return Appearance(nil, on: nil, .underline)
        case .error: return Appearance(.red, on: nil, .bold)
        }
    }

    private static func monochromeAppearance(_ role: Role) -> Appearance {
        switch role {
        case .plain, .value, .overlay, .hint, .builtin, .string, .number, .decorator: return Appearance()
        case .dim, .separator, .lineNumber, .comment, .finished, .unbound, .objectLabel: return Appearance(nil, on: nil, .dim)
        case .sharedLabel: return Appearance(nil, on: nil, [.reverse, .bold])
        case .paneTitle: return Appearance(nil, on: nil, .underline)
        case .focusedPaneTitle: return Appearance(nil, on: nil, [.reverse, .bold])
        case .keyword, .definition, .name, .cellLabel, .breakpoint, .message, .error: return Appearance(nil, on: nil, .bold)
        case .currentLine, .exceptionLine: return Appearance(nil, on: nil, [.reverse, .bold])
        case .selectedFrameLine: return Appearance(nil, on: nil, [.underline, .bold])
        case .sectionHeader: return Appearance(nil, on: nil, [.bold, .underline])
        // The three kinds of change differ by their marker (+ * ~), not only by look.
        case .changedNew, .changedRebound, .changedMutated: return Appearance(nil, on: nil, [.bold, .underline])
        case .statusPaused, .statusRunning, .statusFinished, .statusException, .hintKey:
            return Appearance(nil, on: nil, [.reverse, .bold])
        case .input: return Appearance(nil, on: nil, .underline)
        }
    }
}
