// The real terminal: ncursesw behind TerminalDevice and Canvas. The whole
// screen is one window (stdscr): each frame is erased, drawn and shown with a
// single wnoutrefresh + doupdate, and curses sends only the cells that
// changed, so nothing flickers.
import CNcurses
import Glibc

@_silgen_name("wcwidth") private func systemWcwidth(_ character: Int32) -> Int32

final class CursesTerminal: TerminalDevice {
    let capabilities: TerminalCapabilities
    private(set) var glyphs: Glyphs
    private let screen: CursesCanvas
    var canvas: Canvas { screen }

    /// Starts curses. Call only when stdin and stdout are terminals.
    init() {
        // Without the locale curses draws UTF-8 as bytes of garbage.
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        let isUTF8 = codeset.uppercased().filter { $0 != "-" } == "UTF8"
        // Chosen before initscr: curses' own default (1 s) makes Esc feel broken.
        _ = set_escdelay(25)
        TerminalRestore.install()
        _ = initscr()
        TerminalRestore.cursesStarted()
        _ = raw()  // Ctrl-C arrives as a key so it can pause a running program
        _ = noecho()
        _ = nonl()
        _ = keypad(stdscr, true)
        _ = curs_set(0)
        _ = mousemask(mmask_t(KeyDecoder.interestingMouseEvents), nil)
        // Report presses at once instead of waiting to see if they become clicks.
        _ = mouseinterval(0)
        var hasColors = has_colors()
        if hasColors {
            hasColors = start_color() == OK
            if hasColors { _ = use_default_colors() }
        }
        capabilities = TerminalCapabilities(isUTF8: isUTF8, hasColors: hasColors, colorPairs: Int(COLOR_PAIRS))
        glyphs = isUTF8 ? .unicode : .ascii
        screen = CursesCanvas(asciiOnly: !isUTF8)
        screen.updateSize()
    }

    /// Applies colours and symbols chosen for this terminal.
    func apply(_ theme: Theme) {
        glyphs = theme.glyphs
        screen.asciiOnly = theme.glyphs.isASCII
        var styles: [(attributes: attr_t, pair: Int16)] = []
        for role in Role.allCases {
            let appearance = theme.appearance(for: role)
            var pair: Int16 = 0
            let wantsColor = appearance.foreground != nil || appearance.background != nil
            let pairNumber = role.rawValue + 1
            if theme.usesColor, wantsColor, pairNumber < capabilities.colorPairs {
                let foreground = appearance.foreground?.rawValue ?? -1
                let background = appearance.background?.rawValue ?? -1
                if init_pair(Int16(pairNumber), foreground, background) == OK { pair = Int16(pairNumber) }
            }
            styles.append((CursesCanvas.attributes(appearance.attributes), pair))
        }
        screen.styles = styles
    }

    func readKey(timeoutMilliseconds: Int?) -> Key? {
        wtimeout(stdscr, Int32(clamping: timeoutMilliseconds ?? -1))
        var failures = 0
        while true {
            var value: wint_t = 0
            let status = wget_wch(stdscr, &value)
            if status == ERR {
                if timeoutMilliseconds != nil { return nil }
                // A blocking read that keeps failing means input is gone.
                failures += 1
                if failures > 100 { return nil }
                continue
            }
            if status == KEY_CODE_YES, Int32(truncatingIfNeeded: value) == KEY_MOUSE {
                var event = MEVENT()
                guard getmouse(&event) == OK,
                      let key = KeyDecoder.decodeMouse(buttonState: UInt32(event.bstate), row: event.y, column: event.x)
                else { return .unknown(Int(KEY_MOUSE)) }
                return key
            }
            return KeyDecoder.decode(isKeyCode: status == KEY_CODE_YES, value: UInt32(value))
        }
    }

    func updateSize() { screen.updateSize() }

    func invalidate() { _ = clearok(stdscr, true) }

    func present(cursor: (row: Int, column: Int)?) {
        if let cursor {
            _ = wmove(stdscr, Int32(clamping: cursor.row), Int32(clamping: cursor.column))
            _ = curs_set(1)
        } else {
            _ = curs_set(0)
        }
        _ = wnoutrefresh(stdscr)
        _ = doupdate()
        TerminalRestore.frameShown()
    }

    /// Gives the terminal back (idempotent).
    func shutdown() {
        TerminalRestore.restore()
    }
}

/// stdscr as a Canvas.
final class CursesCanvas: Canvas {
    private(set) var width = 0
    private(set) var height = 0
    var asciiOnly: Bool
    /// curses attributes and colour pair per Role.rawValue.
    var styles: [(attributes: attr_t, pair: Int16)] = []

    init(asciiOnly: Bool) {
        self.asciiOnly = asciiOnly
    }

    func updateSize() {
        height = Int(getmaxy(stdscr))
        width = Int(getmaxx(stdscr))
    }

    func columns(of character: Character) -> Int {
        if asciiOnly { return 1 }
        var total = 0
        for scalar in character.unicodeScalars {
            if scalar.value < 0x7F { total += 1; continue }
            // curses measures with the C library, so ask it too: any
            // disagreement would push text into the next pane.
            let width = Int(systemWcwidth(Int32(bitPattern: scalar.value)))
            total += width < 0 ? 1 : width
        }
        return total
    }

    func clear() { _ = werase(stdscr) }

    func draw(_ text: String, row: Int, column: Int, style: Style) {
        let index = style.role.rawValue
        var attributes: attr_t = 0
        var pair: Int16 = 0
        if index < styles.count {
            attributes = styles[index].attributes
            pair = styles[index].pair
        }
        if style.inverted { attributes ^= attr_t(sw_a_reverse()) }
        _ = wattr_set(stdscr, attributes, pair, nil)
        let shown = asciiOnly ? Self.asciiOnly(text) : text
        _ = mvwaddnstr(stdscr, Int32(clamping: row), Int32(clamping: column), shown, -1)
        _ = wattr_set(stdscr, 0, 0, nil)
    }

    static func attributes(_ attributes: TextAttributes) -> attr_t {
        var result: attr_t = 0
        if attributes.contains(.bold) { result |= attr_t(sw_a_bold()) }
        if attributes.contains(.dim) { result |= attr_t(sw_a_dim()) }
        if attributes.contains(.underline) { result |= attr_t(sw_a_underline()) }
        if attributes.contains(.reverse) { result |= attr_t(sw_a_reverse()) }
        return result
    }

    /// Outside a UTF-8 locale curses would print multibyte text as escapes.
    private static func asciiOnly(_ text: String) -> String {
        guard !text.utf8.allSatisfy({ $0 < 0x80 }) else { return text }
        return String(text.map { $0.isASCII ? $0 : "?" })
    }
}
