// Rows made of styled segments, and drawing them (only the visible ones)
// on a Region. Stack, Scopes, Cells and Output build rows; this draws them.

/// How a pane is asked to draw: with which symbols, and whether it has the focus.
struct DrawContext {
    var theme: Theme
    var focused: Bool
    var glyphs: Glyphs { theme.glyphs }
}

/// A run of text in one style within a row.
struct Segment {
    var text: String
    var style: Style
    /// Pad or cut to exactly this many columns (a column of names).
    var width: Int?
    /// Whether a cut shows as an ellipsis.
    var elide: Bool

    init(_ text: String, _ style: Style, width: Int? = nil, elide: Bool = true) {
        self.text = text
        self.style = style
        self.width = width
        self.elide = elide
    }

    init(_ text: String, _ role: Role, width: Int? = nil, elide: Bool = true) {
        self.init(text, Style(role), width: width, elide: elide)
    }
}

struct PaneRow {
    var segments: [Segment]
    /// Background for the whole row (a highlighted line).
    var fill: Style?
    var indent: Int = 0

    init(_ segments: [Segment], fill: Style? = nil, indent: Int = 0) {
        self.segments = segments
        self.fill = fill
        self.indent = indent
    }

    init(text: String, _ role: Role, indent: Int = 0) {
        self.init([Segment(text, role)], indent: indent)
    }
}

extension Region {
    /// Draws one row of segments left to right; `inverted` draws it as the
    /// selected row.
    func draw(_ row: PaneRow, at y: Int, inverted: Bool = false) {
        if let fill = row.fill { self.fill(row: y, style: fill.inverted(inverted)) }
        else if inverted { self.fill(row: y, style: Style(.plain, inverted: true)) }
        var x = row.indent
        for segment in row.segments {
            guard x < width else { return }
            // A highlighted row is drawn in one style, so its background is unbroken.
            let base = row.fill ?? segment.style
            let style = inverted ? Style(base.role, inverted: !base.inverted) : base
            if let fixed = segment.width {
                let used = write(segment.text, row: y, column: x, style: style, maxWidth: fixed, elide: segment.elide)
                if used < fixed { write(String(repeating: " ", count: fixed - used), row: y, column: x + used, style: style, maxWidth: fixed - used) }
                x += fixed
            } else {
                x += write(segment.text, row: y, column: x, style: style, elide: segment.elide)
            }
        }
    }

    /// Draws the rows of a list that fall in the window, asking for each row
    /// only when it is visible (a 500-frame stack costs one screenful).
    func drawList(count: Int, viewport: ListViewport, showCursor: Bool, row: (Int) -> PaneRow) {
        guard count > 0 else { return }
        let last = min(count, viewport.top + height)
        guard viewport.top < last else { return }
        for index in viewport.top..<last {
            draw(row(index), at: index - viewport.top, inverted: showCursor && index == viewport.cursor)
        }
    }
}
