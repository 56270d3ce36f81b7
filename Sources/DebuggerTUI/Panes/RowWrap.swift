// Wrapping instead of cutting: a row that is wider than its pane goes on to
// further rows (at a space or after a comma when there is one near the
// edge), so a holder list, a long qualified name or a cell label is read
// whole, even on a projector at 80 columns.

extension PaneRow {
    /// The row as one or more rows of at most `width` columns; continuation
    /// rows start at `continuationIndent`. A fixed-width segment (a column of
    /// names) keeps its padding but is never cut: a longer name pushes on.
    func wrapped(width: Int, continuationIndent: Int? = nil) -> [PaneRow] {
        let firstRoom = width - indent
        let nextIndent = min(continuationIndent ?? indent + 2, max(0, width - 8))
        let nextRoom = width - nextIndent
        // Most rows fit: measure before taking the row apart.
        guard firstRoom > 0, nextRoom > 0, columns > firstRoom else { return [self] }
        let styled = characters()
        var rows: [PaneRow] = []
        var start = 0
        while start < styled.count {
            let room = rows.isEmpty ? firstRoom : nextRoom
            let end = Self.breakIndex(styled, from: start, room: room)
            var piece = Array(styled[start..<end])
            // A continuation row does not start with the space it broke at.
            if !rows.isEmpty { while piece.first?.0 == " " { piece.removeFirst() } }
            rows.append(PaneRow(Self.segments(piece), fill: fill, indent: rows.isEmpty ? indent : nextIndent))
            start = end
        }
        return rows
    }

    /// As `wrapped`, but at most `maxRows` rows; a cut ends in `ellipsis`
    /// (Enter shows the rest).
    func wrapped(width: Int, continuationIndent: Int? = nil, maxRows: Int, ellipsis: String) -> [PaneRow] {
        // A 100,000-character value costs what is shown: keep only that much (and one more).
        var budget = maxRows == .max ? Int.max : maxRows * max(1, width) + 1
        var trimmed = self
        for index in trimmed.segments.indices {
            let text = trimmed.segments[index].text
            if budget <= 0 { trimmed.segments[index].text = ""; continue }
            if text.utf8.count > budget { trimmed.segments[index].text = String(text.prefix(budget)) }
            budget -= trimmed.segments[index].text.count
        }
        var rows = trimmed.wrapped(width: width, continuationIndent: continuationIndent)
        guard rows.count > maxRows, maxRows > 0 else { return rows }
        rows.removeLast(rows.count - maxRows)
        var last = rows[maxRows - 1]
        if var segment = last.segments.popLast() {
            // Room for the ellipsis: the row was full.
            if TextWidth.columns(of: segment.text) > 1 { segment.text.removeLast() }
            segment.text += ellipsis
            last.segments.append(segment)
        }
        rows[maxRows - 1] = last
        return rows
    }

    /// Columns the row's text takes (fixed-width segments at least their width).
    private var columns: Int {
        segments.reduce(0) { total, segment in
            let used = TextWidth.columns(of: segment.text)
            return total + max(used, segment.width ?? 0)
        }
    }

    /// Each character with its style; fixed-width segments padded, not cut.
    private func characters() -> [(Character, Style)] {
        var result: [(Character, Style)] = []
        for segment in segments {
            var text = segment.text
            if let fixed = segment.width {
                let used = TextWidth.columns(of: text)
                if used < fixed { text += String(repeating: " ", count: fixed - used) }
            }
            for character in text { result.append((character, segment.style)) }
        }
        return result
    }

    /// Where the row that starts at `start` ends: after the last space or
    /// comma that fits, else the last dot, when not too near the start;
    /// else where the room runs out (a word longer than a row is cut).
    private static func breakIndex(_ styled: [(Character, Style)], from start: Int, room: Int) -> Int {
        var used = 0
        var index = start
        var lastSpace: Int?
        var lastDot: Int?
        while index < styled.count {
            let width = TextWidth.columns(of: styled[index].0)
            if used + width > room { break }
            used += width
            let character = styled[index].0
            if character == " " || character == "," { lastSpace = index + 1 }
            if character == "." { lastDot = index + 1 }
            index += 1
        }
        if index >= styled.count { return styled.count }
        // Between words first, else between the parts of a qualified name.
        if let lastSpace, lastSpace - start > room / 3 { return lastSpace }
        if let lastDot, lastDot - start > room / 3 { return lastDot }
        return max(index, start + 1)
    }

    private static func segments(_ styled: [(Character, Style)]) -> [Segment] {
        var segments: [Segment] = []
        for (character, style) in styled {
            if let last = segments.last, last.style == style {
                segments[segments.count - 1].text.append(character)
            } else {
                segments.append(Segment(String(character), style, elide: false))
            }
        }
        return segments
    }
}

extension TextWrap {
    /// Splits prose into rows of at most `width` columns at spaces, keeping
    /// every character (runs of spaces, indentation): program output reads
    /// "associated", never "associ" / "ated". A word longer than a row is cut.
    static func wrapAtSpaces(_ text: String, width: Int, maxRows: Int) -> (rows: [String], truncated: Bool) {
        let columns = max(1, width)
        let characters = Array(text)
        var rows: [String] = []
        var start = 0
        while start < characters.count {
            if rows.count >= maxRows { return (rows, true) }
            var used = 0
            var index = start
            var lastSpace: Int?
            while index < characters.count {
                let width = TextWidth.columns(of: characters[index])
                if used + width > columns { break }
                used += width
                if characters[index] == " " { lastSpace = index + 1 }
                index += 1
            }
            var end = index
            if index < characters.count, let lastSpace, lastSpace > start { end = lastSpace }
            end = max(end, start + 1)
            var row = String(characters[start..<end])
            if end < characters.count { while row.last == " " { row.removeLast() } }
            rows.append(row)
            start = end
        }
        if rows.isEmpty { rows.append("") }
        return (rows, false)
    }
}
