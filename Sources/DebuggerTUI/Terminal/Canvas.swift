// A surface of character cells that panes draw on. Two implementations: the
// curses screen, and GridCanvas, an in-memory grid for tests. Panes draw
// through a Region, which clips to the pane's rectangle by display width, so a
// canvas only ever receives text that fits.

protocol Canvas: AnyObject {
    var width: Int { get }
    var height: Int { get }
    /// Columns one character takes on this canvas.
    func columns(of character: Character) -> Int
    /// Blanks the whole canvas.
    func clear()
    /// Draws `text` at a position inside the canvas; the caller guarantees
    /// that it fits on the row and holds no control characters.
    func draw(_ text: String, row: Int, column: Int, style: Style)
}

extension Canvas {
    func columns(of character: Character) -> Int { TextWidth.columns(of: character) }
}

struct Rect: Equatable, Sendable, CustomStringConvertible {
    var x: Int
    var y: Int
    var width: Int
    var height: Int

    init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    var maxX: Int { x + width }
    var maxY: Int { y + height }
    var isEmpty: Bool { width <= 0 || height <= 0 }

    func contains(row: Int, column: Int) -> Bool {
        row >= y && row < maxY && column >= x && column < maxX
    }

    func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }

    /// The rectangle without its first `rows` rows.
    func droppingTop(_ rows: Int) -> Rect {
        let dropped = min(max(0, rows), height)
        return Rect(x: x, y: y + dropped, width: width, height: height - dropped)
    }

    var description: String { "(\(x),\(y) \(width)x\(height))" }
}

/// A clipped window onto a canvas; coordinates are relative to its rectangle.
struct Region {
    let canvas: Canvas
    let rect: Rect
    let glyphs: Glyphs

    init(canvas: Canvas, rect: Rect, glyphs: Glyphs) {
        self.canvas = canvas
        // Never trust a rectangle to lie inside the canvas (tiny terminals).
        let x = min(max(0, rect.x), canvas.width)
        let y = min(max(0, rect.y), canvas.height)
        self.rect = Rect(x: x, y: y,
                         width: min(rect.maxX, canvas.width) - x,
                         height: min(rect.maxY, canvas.height) - y)
        self.glyphs = glyphs
    }

    var width: Int { rect.width }
    var height: Int { rect.height }

    /// A region inside this one, clipped to it.
    func subregion(_ inner: Rect) -> Region {
        let x = min(max(0, inner.x), width)
        let y = min(max(0, inner.y), height)
        let clipped = Rect(x: rect.x + x, y: rect.y + y,
                           width: min(inner.maxX, width) - x, height: min(inner.maxY, height) - y)
        return Region(canvas: canvas, rect: clipped, glyphs: glyphs)
    }

    /// Writes text on `row` from `column`, clipped to `maxWidth` columns (and
    /// to the region). With `elide`, text that does not fit ends in the
    /// ellipsis glyph. Returns the number of columns written.
    @discardableResult
    func write<S: StringProtocol>(_ text: S, row: Int, column: Int, style: Style,
                                  maxWidth: Int? = nil, elide: Bool = false) -> Int {
        guard row >= 0, row < height, column >= 0, column < width else { return 0 }
        var available = width - column
        if let maxWidth { available = min(available, max(0, maxWidth)) }
        guard available > 0 else { return 0 }
        var fitted = fit(text, columns: available)
        if fitted.truncated && elide {
            let ellipsisWidth = TextWidth.columns(of: glyphs.ellipsis)
            if available > ellipsisWidth {
                fitted = fit(text, columns: available - ellipsisWidth)
                fitted.text += glyphs.ellipsis
                fitted.width += ellipsisWidth
            }
        }
        if !fitted.text.isEmpty {
            canvas.draw(fitted.text, row: rect.y + row, column: rect.x + column, style: style)
        }
        return fitted.width
    }

    /// Paints `row` from `column` to the right edge with spaces in `style`
    /// (the background of a highlighted line).
    func fill(row: Int, from column: Int = 0, style: Style) {
        guard row >= 0, row < height, column >= 0, column < width else { return }
        canvas.draw(String(repeating: " ", count: width - column), row: rect.y + row,
                    column: rect.x + column, style: style)
    }

    /// True when `text` fits in `columns` without eliding.
    func fits<S: StringProtocol>(_ text: S, columns: Int) -> Bool {
        !fit(text, columns: columns).truncated
    }

    /// The longest prefix of `text` (control characters replaced) that takes
    /// at most `columns` columns. Walks only as far as needed, so a
    /// 100,000-element repr costs no more than a short one.
    private func fit<S: StringProtocol>(_ text: S, columns: Int) -> (text: String, width: Int, truncated: Bool) {
        var result = ""
        var used = 0
        for character in text {
            let shown: Character = TextWidth.isControl(character)
                ? (character == "\t" ? " " : Character(glyphs.replacement)) : character
            let characterWidth = canvas.columns(of: shown)
            if used + characterWidth > columns { return (result, used, true) }
            result.append(shown)
            used += characterWidth
        }
        return (result, used, false)
    }
}
