// What a pane tells the canvas about how a piece of text looks: a meaning
// (Role), never a colour. The Theme decides the colour or attribute of each
// role; the in-memory canvas records roles so tests can assert "this line is
// highlighted as the current line".

enum Role: Int, CaseIterable, Hashable, Sendable {
    case plain
    case dim
    case paneTitle
    case focusedPaneTitle
    case separator
    // Python source
    case keyword
    case builtin
    case string
    case number
    case comment
    case definition
    case decorator
    // Source pane lines
    case lineNumber
    case currentLine
    case selectedFrameLine
    case exceptionLine
    case breakpoint
    // Scopes and cells
    case sectionHeader
    case name
    case value
    case unbound
    case cellLabel
    /// A value's heap label (#3), and one that more than one binding shows (aliasing).
    case objectLabel
    case sharedLabel
    case changedNew
    case changedRebound
    case changedMutated
    case finished
    // Status bar
    case statusPaused
    case statusRunning
    case statusFinished
    case statusException
    case hintKey
    case hint
    case message
    case input
    case error
    case overlay
}

struct Style: Hashable, Sendable {
    var role: Role
    /// Drawn in reverse video: the selected row, the cursor line.
    var inverted: Bool

    init(_ role: Role, inverted: Bool = false) {
        self.role = role
        self.inverted = inverted
    }

    func inverted(_ on: Bool) -> Style { Style(role, inverted: on) }
}

/// The eight colours every colour terminal has, numbered as curses numbers them.
enum TerminalColor: Int16, Sendable {
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

struct TextAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = TextAttributes(rawValue: 1)
    static let dim = TextAttributes(rawValue: 2)
    static let underline = TextAttributes(rawValue: 4)
    static let reverse = TextAttributes(rawValue: 8)
}

/// How a role looks on a real terminal; nil colours mean the terminal's default.
struct Appearance: Equatable, Sendable {
    var foreground: TerminalColor?
    var background: TerminalColor?
    var attributes: TextAttributes

    init(_ foreground: TerminalColor? = nil, on background: TerminalColor? = nil, _ attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }
}

/// What the terminal can show, found out once curses has started.
struct TerminalCapabilities: Equatable, Sendable {
    var isUTF8: Bool
    var hasColors: Bool
    var colorPairs: Int
}
