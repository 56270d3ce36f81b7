// What the keyboard and mouse can say to the App, independent of curses.

/// One decoded input event.
enum Key: Hashable, Sendable {
    /// A printable character, including space.
    case character(Character)
    /// Ctrl plus a letter, as the lowercase letter: Ctrl-C is `.control("c")`.
    case control(Character)
    /// F1...F12.
    case function(Int)
    /// Shift-F1...Shift-F12 (curses reports them as F13...F24).
    case shiftFunction(Int)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, backspace, delete, escape
    case mouse(MouseEvent)
    /// The terminal changed size; re-read it and lay out again.
    case resize
    /// Anything else, with curses' code so it can be reported.
    case unknown(Int)

    /// How the key is written in the help screen and the hint line.
    var label: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c).uppercased()
        case .function(let n): return "F\(n)"
        case .shiftFunction(let n): return "Shift-F\(n)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .escape: return "Esc"
        case .mouse: return "mouse"
        case .resize: return "resize"
        case .unknown(let code): return "key \(code)"
        }
    }

    /// A compact label for the hint line.
    var shortLabel: String {
        switch self {
        case .shiftFunction(let n): return "S-F\(n)"
        case .backspace: return "Bksp"
        case .control(let c): return "^" + String(c).uppercased()
        default: return asciiLabel
        }
    }

    /// The label with arrows spelled out, for terminals without UTF-8.
    var asciiLabel: String {
        switch self {
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        default: return label
        }
    }
}

/// A mouse action at a screen position (0-based row and column).
struct MouseEvent: Hashable, Sendable {
    enum Action: Hashable, Sendable {
        case press
        case wheelUp
        case wheelDown
    }
    var action: Action
    var row: Int
    var column: Int
}
