// Breaking text into rows of a given display width, walking only as much of
// the text as is shown.

enum TextWrap {
    /// Splits prose at spaces into rows of at most `width` columns (a word
    /// longer than a row is cut).
    static func wrapWords(_ text: String, width: Int) -> [String] {
        let columns = max(1, width)
        var rows: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            let candidate = current.isEmpty ? String(word) : current + " " + word
            if TextWidth.columns(of: candidate) <= columns {
                current = candidate
                continue
            }
            if !current.isEmpty { rows.append(current) }
            current = ""
            var pieces = wrap(word, width: columns, maxRows: Int.max).rows
            let last = pieces.popLast() ?? ""
            rows += pieces
            current = last
        }
        if !current.isEmpty || rows.isEmpty { rows.append(current) }
        return rows
    }

    /// Splits `text` into rows of at most `width` columns, stopping after
    /// `maxRows` rows; `truncated` says there was more. Walks only the text it
    /// returns, so a huge repr costs what is shown.
    static func wrap<S: StringProtocol>(_ text: S, width: Int, maxRows: Int) -> (rows: [String], truncated: Bool) {
        let columns = max(1, width)
        var rows: [String] = []
        var current = ""
        var used = 0
        for character in text {
            if character == "\n" {
                rows.append(current)
                current = ""
                used = 0
                if rows.count >= maxRows { return (rows, true) }
                continue
            }
            let characterWidth = TextWidth.columns(of: character)
            if used + characterWidth > columns {
                rows.append(current)
                current = ""
                used = 0
                if rows.count >= maxRows { return (rows, true) }
            }
            current.append(character)
            used += characterWidth
        }
        if !current.isEmpty || rows.isEmpty { rows.append(current) }
        return (rows, false)
    }
}
