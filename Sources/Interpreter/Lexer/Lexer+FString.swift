// F-strings per PEP 701, as CPython 3.13 tokenizes them: FSTRING_START, then
// literal text (FSTRING_MIDDLE) alternating with replacement fields that are
// tokenized in regular mode, then FSTRING_END. A replacement field starts at
// a single `{`; inside it, a top-level `:` switches back to literal mode for
// the format spec and the matching `}` ends the field.

extension TokenScanner {
    /// The cursor is on the opening quote; the prefix is consumed.
    mutating func startFString(raw: Bool) throws {
        let quote = char(pos)
        var quoteSize = 1
        pos += 1
        if char(pos) == quote && char(pos + 1) == quote {
            quoteSize = 3
            pos += 2
        }
        if fstrings.count + 1 >= TokenScanner.maxFStringNesting {
            throw error("too many nested f-strings")
        }
        emit(.fstringStart)
        fstrings.append(FStringMode(quote: quote, quoteSize: quoteSize, raw: raw,
                                    startOffset: tokenStart, startLine: tokenLine,
                                    startLineOffset: tokenLineOffset))
    }

    /// Scans literal text up to the next replacement field or the closing
    /// quote, or emits FSTRING_END.
    mutating func scanFStringLiteral() throws {
        var mode = fstrings[fstrings.count - 1]
        markTokenStart()
        if char(pos) == "{" && char(pos + 1) != "{" {
            try enterReplacementField(&mode)
            fstrings[fstrings.count - 1] = mode
            return
        }
        if closesFString(mode, at: pos) {
            pos += mode.quoteSize
            emit(.fstringEnd)
            fstrings.removeLast()
            return
        }
        var literal = String.UnicodeScalarView()
        var closingQuotes = 0
        var inNamedEscape = false  // inside \N{...}, braces are not fields
        scanning: while closingQuotes != mode.quoteSize {
            let c = char(pos)
            let inFormatSpec = mode.inFormatSpec && mode.exprStartDepth >= 0
            if atEnd || (mode.quoteSize == 1 && c == "\n") {
                if inFormatSpec && c == "\n" && !atEnd {
                    // A newline ends the format spec; the field continues.
                    mode.inLiteral = false
                    break scanning
                }
                throw unterminatedFString(mode)
            }
            if c == mode.quote {
                closingQuotes += 1
                literal.append(c)
                pos += 1
                continue
            }
            closingQuotes = 0
            switch c {
            case "{":
                if char(pos + 1) != "{" || inFormatSpec {
                    try enterReplacementField(&mode)
                    mode.inFormatSpec = false
                    break scanning
                }
                literal.append("{")
                pos += 2
            case "}":
                if inNamedEscape {
                    literal.append(c)
                    pos += 1
                    inNamedEscape = false
                } else if char(pos + 1) == "}" && !inFormatSpec && mode.bracketDepth == 0 {
                    literal.append("}")
                    pos += 2
                } else {
                    // Ends the field (or is an error) in regular mode.
                    mode.inLiteral = false
                    mode.inFormatSpec = false
                    break scanning
                }
            case "\\":
                literal.append(c)
                pos += 1
                let next = char(pos)
                if next == "{" || next == "}" {
                    continue scanning  // the brace keeps its meaning
                }
                if !mode.raw && next == "N" && char(pos + 1) == "{" {
                    literal.append("N")
                    literal.append("{")
                    pos += 2
                    inNamedEscape = true
                } else if !atEnd {
                    literal.append(next)
                    pos += 1
                    if next == "\n" { startNewLine() }
                }
            default:
                literal.append(c)
                pos += 1
                if c == "\n" { startNewLine() }
            }
        }
        if closingQuotes == mode.quoteSize {
            // Leave the closing quotes for FSTRING_END.
            pos -= mode.quoteSize
            literal.removeLast(mode.quoteSize)
        }
        if !literal.isEmpty { emit(.fstringMiddle, String(literal)) }
        fstrings[fstrings.count - 1] = mode
    }

    func closesFString(_ mode: FStringMode, at p: Int) -> Bool {
        for i in 0..<mode.quoteSize where char(p + i) != mode.quote || p + i >= chars.count {
            return false
        }
        return true
    }

    /// The cursor is on the `{` of a replacement field; regular mode takes
    /// over from here.
    func enterReplacementField(_ mode: inout FStringMode) throws {
        mode.exprStartDepth += 1
        if mode.exprStartDepth >= TokenScanner.maxReplacementFieldNesting {
            throw error("f-string: expressions nested too deeply")
        }
        mode.inLiteral = false
    }

    func unterminatedFString(_ mode: FStringMode) -> LexFailure {
        let detectedAt = atEnd ? text.lastLineNumber : line
        let col = column(mode.startOffset, lineStart: mode.startLineOffset)
        let what = mode.quoteSize == 3 ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal"
        return error("\(what) (detected at line \(detectedAt))", line: mode.startLine, column: col)
    }
}
