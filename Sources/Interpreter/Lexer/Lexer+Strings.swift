// String and bytes literals (not f-strings). The token is the literal's
// source text; the parser decodes prefixes and escapes.

extension TokenScanner {
    /// The cursor is on the opening quote; any prefix is already consumed.
    mutating func scanString() throws {
        let quote = char(pos)
        var quoteSize = 1
        var closingQuotes = 0
        pos += 1
        if char(pos) == quote {
            pos += 1
            if char(pos) == quote {
                quoteSize = 3
                pos += 1
            } else {
                closingQuotes = 1  // the empty string ""
            }
        }
        while closingQuotes != quoteSize {
            let c = char(pos)
            if atEnd || (quoteSize == 1 && c == "\n") {
                throw unterminatedString(quote: quote, quoteSize: quoteSize)
            }
            pos += 1
            if c == "\n" { startNewLine() }
            if c == quote {
                closingQuotes += 1
            } else {
                closingQuotes = 0
                if c == "\\" && !atEnd {
                    // The escaped character never ends the string.
                    let escaped = char(pos)
                    pos += 1
                    if escaped == "\n" { startNewLine() }
                }
            }
        }
        emit(.string)
    }

    /// Reported at the start of the literal, with the line where the
    /// tokenizer noticed the problem.
    func unterminatedString(quote: Unicode.Scalar, quoteSize: Int) -> LexFailure {
        let detectedAt = atEnd ? text.lastLineNumber : line
        let col = column(tokenStart, lineStart: tokenLineOffset)
        // A quote like the enclosing f-string's: the '}' is what is missing.
        if let mode = fstrings.last, mode.quote == quote, mode.quoteSize == quoteSize {
            return error("f-string: expecting '}'", line: tokenLine, column: col)
        }
        let what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal"
        return error("\(what) (detected at line \(detectedAt))", line: tokenLine, column: col)
    }
}
