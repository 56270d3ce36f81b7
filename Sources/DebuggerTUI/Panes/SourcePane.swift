// The program's source: a gutter (breakpoint, line marker, line number) and
// syntax-coloured code. The current line is marked and highlighted; when
// another frame is selected its line is marked too. A cursor line (the
// target of `b` and `t`) follows the marked line after each stop and moves
// with the arrows. It shows the file of the selected frame: stepping into
// a function of an imported helper.py shows helper.py (breakpoints are set
// in the main program only).
import Interpreter

final class SourcePane {
    /// 1-based line of the cursor.
    private(set) var cursorLine = 1
    private var viewport = ListViewport()
    private var horizontalOffset = 0
    /// A line to bring into view at the next draw (when the height is known).
    private var lineToReveal: Int?
    private(set) var visibleHeight = 0
    private var highlightCache = HighlightCache()
    /// The selected frame's file and its lines, when it is not the main
    /// program (set by the App after each stop or frame change).
    var otherFile: (name: String, lines: [String])?

    /// The lines on screen: the main program's or the other file's.
    func lines(_ snapshot: DebugSnapshot) -> [String] { otherFile?.lines ?? snapshot.sourceLines }

    /// Breakpoints belong to the main program.
    var showsMainProgram: Bool { otherFile == nil }

    /// After a stop: put the cursor on the marked line and keep it in view.
    func follow(_ snapshot: DebugSnapshot) {
        let line = snapshot.selectedLine
        guard line > 0 else { return }
        cursorLine = line
        lineToReveal = line
        horizontalOffset = 0
    }

    func move(_ motion: Motion, snapshot: DebugSnapshot) {
        let count = lines(snapshot).count
        switch motion {
        case .left: horizontalOffset = max(0, horizontalOffset - 8)
        case .right: horizontalOffset += 8
        default:
            viewport.cursor = cursorLine - 1
            viewport.apply(motion, count: count, height: visibleHeight)
            cursorLine = viewport.cursor + 1
        }
    }

    /// Moves the cursor to a line (a mouse click), ignoring lines that do not exist.
    func placeCursor(onLine line: Int, snapshot: DebugSnapshot) {
        guard line >= 1, line <= lines(snapshot).count else { return }
        cursorLine = line
    }

    func title(for snapshot: DebugSnapshot) -> String {
        "Source: " + (otherFile?.name ?? (snapshot.filename.isEmpty ? "<no file>" : snapshot.filename))
    }

    /// The line drawn on `row` of the content region, if any.
    func line(atRow row: Int, snapshot: DebugSnapshot) -> Int? {
        let index = viewport.top + row
        guard row >= 0, index < lines(snapshot).count else { return nil }
        return index + 1
    }

    /// Columns taken by the gutter: breakpoint, marker, number (with a
    /// space before it), space.
    func gutterWidth(for snapshot: DebugSnapshot) -> Int {
        2 + Self.numberWidth(lineCount: lines(snapshot).count) + 1
    }

    private static func numberWidth(lineCount: Int) -> Int { String(max(1, lineCount)).count + 1 }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext) {
        visibleHeight = region.height
        let lines = lines(snapshot)
        guard !lines.isEmpty else {
            region.write("(no source)", row: 0, column: 1, style: Style(.dim))
            return
        }
        viewport.cursor = min(max(0, cursorLine - 1), lines.count - 1)
        cursorLine = viewport.cursor + 1
        if let line = lineToReveal {
            viewport.reveal(line - 1, count: lines.count, height: region.height, margin: 3)
            lineToReveal = nil
        }
        viewport.clamp(count: lines.count, height: region.height)
        let states = highlightCache.states(for: lines)
        let marks = LineMarks(snapshot, mainProgram: showsMainProgram)
        let numberWidth = Self.numberWidth(lineCount: lines.count)
        let codeColumn = gutterWidth(for: snapshot)
        let glyphs = context.glyphs
        let last = min(lines.count, viewport.top + region.height)
        guard viewport.top < last else { return }
        for index in viewport.top..<last {
            let row = index - viewport.top
            let lineNumber = index + 1
            let lineRole = marks.role(of: lineNumber)
            let isCursor = context.focused && lineNumber == cursorLine
            if let lineRole { region.fill(row: row, style: Style(lineRole)) }
            else if isCursor { region.fill(row: row, style: Style(.plain, inverted: true)) }

            if let breakpoint = marks.breakpoints[lineNumber] {
                let glyph = breakpoint ? glyphs.breakpoint : glyphs.disabledBreakpoint
                region.write(glyph, row: row, column: 0, style: Style(lineRole ?? .breakpoint, inverted: isCursor && lineRole == nil))
            }
            if let marker = marks.marker(of: lineNumber, glyphs: glyphs) {
                region.write(marker, row: row, column: 1, style: Style(lineRole ?? .plain))
            }
            let number = String(lineNumber)
            let paddedNumber = String(repeating: " ", count: max(0, numberWidth - number.count)) + number
            // On a highlighted line the cursor shows as an inverted number.
            region.write(paddedNumber, row: row, column: 2,
                         style: Style(lineRole ?? .lineNumber, inverted: isCursor))

            let code = TextWidth.expandTabs(lines[index])
            if let lineRole, showsMainProgram, let stop = snapshot.expressionStop, stop.line == lineNumber {
                ExpressionLine.draw(stop, in: region, row: row, column: codeColumn, role: lineRole, skip: horizontalOffset)
            } else if let lineRole {
                let visible = code.dropFirst(horizontalOffset)
                region.write(visible, row: row, column: codeColumn, style: Style(lineRole), elide: true)
            } else {
                let spans = SyntaxHighlighter.highlight(code, startingIn: states.indices.contains(index) ? states[index] : .code)
                drawSpans(spans, in: region, row: row, column: codeColumn, inverted: isCursor)
            }
        }
    }

    private func drawSpans(_ spans: [HighlightSpan], in region: Region, row: Int, column: Int, inverted: Bool) {
        var skip = horizontalOffset
        var x = column
        for (position, span) in spans.enumerated() {
            var text = Substring(span.text)
            if skip > 0 {
                let dropped = min(skip, text.count)
                text = text.dropFirst(dropped)
                skip -= dropped
                if text.isEmpty { continue }
            }
            let isLast = position == spans.count - 1
            let written = region.write(text, row: row, column: x, style: Style(span.role, inverted: inverted), elide: true)
            x += written
            if x >= region.width && !isLast { return }
        }
    }
}

/// What the gutter shows for each line at this stop.
private struct LineMarks {
    let currentLine: Int?
    let selectedFrameLine: Int?
    let isException: Bool
    /// Line → enabled.
    let breakpoints: [Int: Bool]

    /// In another file than the main program only the selected frame's line
    /// is marked (the innermost frame may be elsewhere), and no breakpoints.
    init(_ snapshot: DebugSnapshot, mainProgram: Bool) {
        let stopped = snapshot.isStopped
        let innermost = snapshot.isInnermostSelected
        if mainProgram {
            currentLine = stopped && snapshot.line > 0 ? snapshot.line : nil
            selectedFrameLine = stopped && !innermost ? snapshot.selectedFrameInfo?.line : nil
        } else {
            currentLine = stopped && innermost ? snapshot.selectedFrameInfo?.line : nil
            selectedFrameLine = stopped && !innermost ? snapshot.selectedFrameInfo?.line : nil
        }
        isException = snapshot.state == .exception
        var breakpoints: [Int: Bool] = [:]
        if mainProgram {
            for breakpoint in snapshot.breakpoints { breakpoints[breakpoint.line] = breakpoint.enabled }
        }
        self.breakpoints = breakpoints
    }

    func role(of line: Int) -> Role? {
        if line == selectedFrameLine { return .selectedFrameLine }
        if line == currentLine { return isException ? .exceptionLine : .currentLine }
        return nil
    }

    func marker(of line: Int, glyphs: Glyphs) -> String? {
        if line == selectedFrameLine { return glyphs.selectedFrameLine }
        if line == currentLine { return glyphs.currentLine }
        return nil
    }
}

/// Line-start highlighting states, recomputed only when the source changes
/// (comparing arrays that share storage is instant).
private struct HighlightCache {
    private var lines: [String] = []
    private var cached: [SyntaxHighlighter.LineState] = []

    mutating func states(for lines: [String]) -> [SyntaxHighlighter.LineState] {
        if lines != self.lines || cached.count != lines.count {
            self.lines = lines
            cached = SyntaxHighlighter.lineStates(lines)
        }
        return cached
    }
}
