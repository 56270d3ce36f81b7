// Indentation at the start of a logical line: INDENT and DEDENT tokens and
// the indentation errors, as in CPython's tok_get_normal_mode.

extension TokenScanner {
    /// Reads the leading whitespace of a line and emits INDENT/DEDENT tokens.
    /// Returns true for a blank or comment-only line, which is ignored.
    mutating func readIndentation() throws -> Bool {
        var col = 0
        var altCol = 0
        var continuationCol = 0
        while true {
            let c = char(pos)
            if c == " " {
                col += 1
                altCol += 1
                pos += 1
            } else if c == "\t" {
                col = (col / TokenScanner.tabSize + 1) * TokenScanner.tabSize
                altCol += 1
                pos += 1
            } else if c == "\u{0C}" {
                // Form feed resets the column (for Emacs users, says CPython).
                col = 0
                altCol = 0
                pos += 1
            } else if c == "\\" {
                // A backslash in the indentation: the first one fixes the level.
                continuationCol = continuationCol != 0 ? continuationCol : col
                pos += 1
                try continueLine(inIndentation: true)
            } else {
                break
            }
        }
        let c = char(pos)
        let blank = !atEnd && (c == "#" || c == "\n")
        if blank || !brackets.isEmpty { return blank }

        if continuationCol != 0 {
            col = continuationCol
            altCol = continuationCol
        }
        let current = indents[indents.count - 1]
        let currentAlt = altIndents[altIndents.count - 1]
        if col == current {
            if altCol != currentAlt { throw tabError() }
        } else if col > current {
            if indents.count >= TokenScanner.maxIndentDepth {
                throw stateError(.indentation, "too many levels of indentation", line: line, column: 0)
            }
            if altCol <= currentAlt { throw tabError() }
            indents.append(col)
            altIndents.append(altCol)
            emitSynthetic(.indent, line: line, column: currentColumn - 1)
        } else {
            var dedents = 0
            while indents.count > 1 && col < indents[indents.count - 1] {
                indents.removeLast()
                altIndents.removeLast()
                dedents += 1
            }
            if col != indents[indents.count - 1] {
                // CPython reports it with the cursor at the end of the line.
                let text = self.text.line(line) ?? ""
                throw stateError(.indentation, "unindent does not match any outer indentation level",
                                 line: line, column: text.count)
            }
            if altCol != altIndents[altIndents.count - 1] { throw tabError() }
            for _ in 0..<dedents {
                if atEnd {
                    emitSynthetic(.dedent, line: self.text.lastLineNumber, column: self.text.lastLineLength)
                } else {
                    emitSynthetic(.dedent, line: line, column: currentColumn - 1)
                }
            }
        }
        return false
    }

    func tabError() -> LexFailure {
        stateError(.tab, "inconsistent use of tabs and spaces in indentation", line: line, column: 0)
    }
}
