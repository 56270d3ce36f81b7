// Turns what curses' wget_wch and getmouse report into Key values.
import CNcurses

enum KeyDecoder {
    /// Decodes one wget_wch result: `isKeyCode` when it returned KEY_CODE_YES
    /// (a function key), otherwise `value` is a character code. KEY_MOUSE is
    /// not decoded here (the terminal must call getmouse); it comes back as
    /// `.unknown(KEY_MOUSE)`.
    static func decode(isKeyCode: Bool, value: UInt32) -> Key {
        isKeyCode ? decodeKeyCode(Int32(truncatingIfNeeded: value)) : decodeCharacter(value)
    }

    static func decodeCharacter(_ value: UInt32) -> Key {
        switch value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace  // terminals disagree on which one Backspace sends
        case 27: return .escape
        case 1...26:
            let letter = Character(Unicode.Scalar(UInt8(value) + 96))
            return .control(letter)
        case 0..<32: return .unknown(Int(value))
        default:
            guard let scalar = Unicode.Scalar(value) else { return .unknown(Int(value)) }
            return .character(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME, KEY_A1: return .home
        case KEY_END, KEY_C1: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        default:
            let functionNumber = Int(code) - Int(KEY_F0)
            switch functionNumber {
            case 1...12: return .function(functionNumber)
            // xterm-style terminals report Shift-Fn as F(n+12).
            case 13...24: return .shiftFunction(functionNumber - 12)
            default: return .unknown(Int(code))
            }
        }
    }

    // The BUTTONn_* masks are macros curses builds from other macros, which
    // Swift does not import; these follow NCURSES_MOUSE_MASK for
    // NCURSES_MOUSE_VERSION 2: each button owns 5 bits.
    static func buttonMask(_ button: Int, _ bits: UInt32) -> UInt32 { bits << UInt32((button - 1) * 5) }
    static let button1Pressed = buttonMask(1, 0o2)
    static let button1Clicked = buttonMask(1, 0o4)
    static let button1DoubleClicked = buttonMask(1, 0o10)
    static let wheelUp = buttonMask(4, 0o2)
    static let wheelDown = buttonMask(5, 0o2)
    /// What the App asks curses to report.
    static let interestingMouseEvents = button1Pressed | button1Clicked | button1DoubleClicked | wheelUp | wheelDown

    /// Decodes a getmouse event; nil for events the App ignores (releases, motion).
    static func decodeMouse(buttonState: UInt32, row: Int32, column: Int32) -> Key? {
        let action: MouseEvent.Action
        if buttonState & wheelUp != 0 {
            action = .wheelUp
        } else if buttonState & wheelDown != 0 {
            action = .wheelDown
        } else if buttonState & (button1Pressed | button1Clicked | button1DoubleClicked) != 0 {
            action = .press
        } else {
            return nil
        }
        return .mouse(MouseEvent(action: action, row: Int(row), column: Int(column)))
    }
}
