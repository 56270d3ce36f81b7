// What the program printed, wrapped at spaces to the pane and following the end unless
// the user scrolled back. While the program waits in input(), the line being
// typed is drawn after the prompt on the last row, with the cursor in it.
import Interpreter

final class OutputPane {
    /// First logical line shown when scrolled back; nil follows the end.
    private var anchorLine: Int?
    private(set) var visibleHeight = 0
    private var cache = OutputLines()
    /// Where to put the terminal cursor (content-relative) while typing.
    private(set) var inputCursor: (row: Int, column: Int)?

    /// Rows one long line may take before it is cut.
    static let maxRowsPerLine = 50

    func title(typing: Bool) -> String {
        typing ? "Output: the program waits for input; type a line, Enter sends" : "Output"
    }

    func follow() { anchorLine = nil }

    func move(_ motion: Motion, snapshot: DebugSnapshot) {
        let count = cache.split(snapshot.output).lines.count
        let page = max(1, visibleHeight - 1)
        let lastTop = max(0, count - visibleHeight)
        var top = anchorLine ?? lastTop
        switch motion {
        case .up: top -= 1
        case .down: top += 1
        case .wheelUp: top -= 3
        case .wheelDown: top += 3
        case .pageUp: top -= page
        case .pageDown: top += page
        case .home: top = 0
        case .end: top = count
        case .left, .right: return
        }
        // Scrolling to (or past) the end resumes following it.
        anchorLine = top >= lastTop ? nil : max(0, top)
    }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext, editor: LineEditor?) {
        visibleHeight = region.height
        inputCursor = nil
        guard region.height > 0, region.width > 0 else { return }
        let split = cache.split(snapshot.output)
        var lines = split.lines
        var promptRow: PaneRow?
        if let editor {
            // input() prompts end without a newline: the typed text joins that line.
            let prompt = split.endsWithNewline ? "" : (lines.popLast() ?? "")
            let (row, column) = inputRow(prompt: prompt, editor: editor, width: region.width)
            promptRow = row
            inputCursor = (0, column)  // the row is fixed below
        }
        let rows = visibleRows(lines, height: region.height - (promptRow == nil ? 0 : 1), width: region.width)
        for (index, row) in rows.enumerated() { region.draw(row, at: index) }
        if let promptRow {
            region.draw(promptRow, at: rows.count)
            inputCursor = (rows.count, inputCursor?.column ?? 0)
        }
        if snapshot.output.isEmpty && editor == nil {
            region.write("(no output yet)", row: 0, column: 1, style: Style(.dim))
        }
    }

    /// The wrapped rows on screen: from the anchor down, or the last ones.
    private func visibleRows(_ lines: [Substring], height: Int, width: Int) -> [PaneRow] {
        guard height > 0, !lines.isEmpty else { return [] }
        func wrapped(_ line: Substring) -> [PaneRow] {
            TextWrap.wrapAtSpaces(TextWidth.expandTabs(String(line)), width: width, maxRows: Self.maxRowsPerLine)
                .rows.map { PaneRow(text: $0, .plain) }
        }
        if let anchor = anchorLine, anchor < lines.count {
            var rows: [PaneRow] = []
            var index = anchor
            while rows.count < height, index < lines.count {
                rows += wrapped(lines[index])
                index += 1
            }
            return Array(rows.prefix(height))
        }
        // Following the end: wrap from the last line up until the pane is full.
        var groups: [[PaneRow]] = []
        var total = 0
        var index = lines.count - 1
        while index >= 0, total < height {
            let group = wrapped(lines[index])
            groups.append(group)
            total += group.count
            index -= 1
        }
        return Array(groups.reversed().joined().suffix(height))
    }

    /// The prompt, then as much of the typed text as fits around the cursor.
    private func inputRow(prompt: Substring, editor: LineEditor, width: Int) -> (PaneRow, Int) {
        let promptText = TextWidth.expandTabs(String(prompt))
        // Always leave room to see what is typed, even after a long prompt.
        let promptWidth = min(TextWidth.columns(of: promptText), max(0, width - 12))
        let room = max(1, width - promptWidth - 1)
        let window = editor.visibleWindow(columns: room)
        let row = PaneRow([
            Segment(promptText, .plain, width: promptWidth),
            Segment(window.text, .input, elide: false),
        ])
        return (row, promptWidth + window.cursorColumn)
    }
}

/// Program output split into lines, redone only when the output changes.
private struct OutputLines {
    private var output = ""
    private var cached: (lines: [Substring], endsWithNewline: Bool) = ([], true)

    mutating func split(_ text: String) -> (lines: [Substring], endsWithNewline: Bool) {
        guard text != output else { return cached }
        output = text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        // A final newline ends the last line; it does not start an empty one.
        let endsWithNewline = text.isEmpty || lines.last?.isEmpty == true
        if lines.last?.isEmpty == true { lines.removeLast() }
        cached = (lines.map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }, endsWithNewline)
        return cached
    }
}
