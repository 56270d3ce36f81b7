// An in-memory canvas: what tests render into and read back as text rows.

final class GridCanvas: Canvas {
    struct Cell: Equatable {
        /// The grapheme drawn here ("" for the right half of a wide character).
        var text: String
        var style: Style
    }

    private(set) var width: Int
    private(set) var height: Int
    private var cells: [[Cell]]

    init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = []
        clear()
    }

    func resize(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        clear()
    }

    func clear() {
        cells = Array(repeating: Array(repeating: Cell(text: " ", style: Style(.plain)), count: width), count: height)
    }

    func draw(_ text: String, row: Int, column: Int, style: Style) {
        guard row >= 0, row < height else { return }
        var position = column
        for character in text {
            let characterWidth = columns(of: character)
            if characterWidth == 0 {
                // A combining mark joins the character before it, as on a terminal.
                if position > 0, position - 1 < width { cells[row][position - 1].text.append(character) }
                continue
            }
            guard position >= 0, position + characterWidth <= width else { return }
            cells[row][position] = Cell(text: String(character), style: style)
            if characterWidth == 2 { cells[row][position + 1] = Cell(text: "", style: style) }
            position += characterWidth
        }
    }

    // MARK: reading back (tests)

    /// Row `row` as text, trailing spaces removed.
    func line(_ row: Int) -> String {
        guard row >= 0, row < height else { return "" }
        var text = cells[row].map(\.text).joined()
        while text.last == " " { text.removeLast() }
        return text
    }

    var lines: [String] { (0..<height).map(line) }

    /// The whole screen, one row per line.
    var text: String { lines.joined(separator: "\n") }

    func style(row: Int, column: Int) -> Style? {
        guard row >= 0, row < height, column >= 0, column < width else { return nil }
        return cells[row][column].style
    }

    /// The first row containing `fragment`, and its column (in cells).
    func find(_ fragment: String) -> (row: Int, column: Int)? {
        for row in 0..<height {
            let rowCells = cells[row]
            let text = rowCells.map(\.text).joined()
            guard let range = text.range(of: fragment) else { continue }
            let prefixWidth = TextWidth.columns(of: text[text.startIndex..<range.lowerBound])
            return (row, prefixWidth)
        }
        return nil
    }
}
