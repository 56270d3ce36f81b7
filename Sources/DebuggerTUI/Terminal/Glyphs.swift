// The symbols the screen draws, in a UTF-8 set and an ASCII set for
// terminals whose locale is not UTF-8 (there curses would print the bytes of
// "▶" as garbage).

struct Glyphs: Equatable, Sendable {
    var currentLine: String
    var selectedFrameLine: String
    var breakpoint: String
    var disabledBreakpoint: String
    var ellipsis: String
    var verticalLine: String
    var horizontalLine: String
    var replacement: String
    var selectedRow: String
    var corners: BoxCorners
    var isASCII: Bool

    static let unicode = Glyphs(
        currentLine: "▶", selectedFrameLine: "▷", breakpoint: "●", disabledBreakpoint: "○",
        ellipsis: "…", verticalLine: "│", horizontalLine: "─", replacement: "�",
        selectedRow: "▶",
        corners: BoxCorners(topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘"), isASCII: false)

    static let ascii = Glyphs(
        currentLine: ">", selectedFrameLine: "=", breakpoint: "B", disabledBreakpoint: "b",
        ellipsis: "~", verticalLine: "|", horizontalLine: "-", replacement: "?",
        selectedRow: ">",
        corners: BoxCorners(topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+"), isASCII: true)
}

struct BoxCorners: Equatable, Sendable {
    var topLeft: String
    var topRight: String
    var bottomLeft: String
    var bottomRight: String

    var all: [String] { [topLeft, topRight, bottomLeft, bottomRight] }
}
