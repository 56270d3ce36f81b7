// Building SyntaxErrorInfo values the way CPython's RAISE_* macros do, and
// the helpers the invalid_* rules share (expression names, invalid targets).

extension PEGParser {
    func makeError(_ kind: SyntaxErrorInfo.Kind = .syntax, _ message: String,
                   line: Int, column: Int?, endColumn: Int?, endLine: Int? = nil) -> SyntaxErrorInfo {
        let text = source.line(line)
        var start = column
        var end = endColumn
        if let e = end, let text {
            if let endLine, endLine != line {
                end = endColumnOnFirstLine(e, endLine: endLine, firstLine: line)
            } else {
                end = min(e, text.count + 1)
            }
        }
        if line == 1 && source.hasBOM {
            start = start.map(source.columnWithBOM)
            end = end.map(source.columnWithBOM)
        }
        return SyntaxErrorInfo(kind: kind, message: message, filename: filename, line: line,
                               column: start, endColumn: end, sourceLine: text)
    }

    /// CPython turns a range's end into a column by reading its byte offset
    /// (on the last line) as bytes of the first line, capped just past that
    /// line's end. The caret line shows only the first line anyway.
    func endColumnOnFirstLine(_ column: Int, endLine: Int, firstLine: Int) -> Int {
        let bytes = (source.line(endLine) ?? "").prefix(column).utf8.count
        let firstText = (source.line(firstLine) ?? "") + "\n"
        var remaining = min(bytes + 1, firstText.utf8.count + 1)
        var characters = 0
        for character in firstText {
            if remaining <= 0 { break }
            remaining -= character.utf8.count
            characters += 1
        }
        return characters + max(0, remaining) - 1
    }

    /// RAISE_SYNTAX_ERROR at a token. Tokens without text (INDENT, DEDENT,
    /// ENDMARKER) put the caret where the tokenizer's cursor was.
    func errorAt(_ token: Token, kind: SyntaxErrorInfo.Kind = .syntax, _ message: String) -> SyntaxErrorInfo {
        if token.isSynthetic {
            return makeError(kind, message, line: token.line, column: token.column >= 0 ? token.column : nil, endColumn: nil)
        }
        return makeError(kind, message, line: token.line, column: token.column, endColumn: token.endColumn)
    }

    /// RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read.
    func errorAtLastToken(_ kind: SyntaxErrorInfo.Kind, _ message: String) -> SyntaxErrorInfo {
        errorAt(token(at: fill - 1), kind: kind, message)
    }

    func errorAtLastToken(_ message: String) -> SyntaxErrorInfo {
        errorAtLastToken(.syntax, message)
    }

    /// RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN: at the current token.
    mutating func errorOnNextToken(_ message: String) throws -> SyntaxErrorInfo {
        errorAt(try peek(), message)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION with a token.
    func errorKnownLocation(_ token: Token, _ message: String) -> SyntaxErrorInfo {
        if token.isSynthetic {
            // CPython has no column for these tokens: offset 0, no caret.
            return makeError(.syntax, message, line: token.line, column: nil, endColumn: nil)
        }
        return makeError(.syntax, message, line: token.line, column: token.column, endColumn: token.endColumn)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_LOCATION with a node.
    func errorKnownLocation(_ range: SourceRange, _ message: String) -> SyntaxErrorInfo {
        makeError(.syntax, message, line: range.line, column: range.column, endColumn: range.endColumn,
                  endLine: range.endLine)
    }

    /// RAISE_SYNTAX_ERROR_KNOWN_RANGE: from the start of `a` to the end of `b`.
    func errorKnownRange(_ a: SourceRange, _ b: SourceRange, _ message: String) -> SyntaxErrorInfo {
        makeError(.syntax, message, line: a.line, column: a.column, endColumn: b.endColumn, endLine: b.endLine)
    }

    /// RAISE_SYNTAX_ERROR_STARTING_FROM: from `a` to the tokenizer's cursor.
    func errorStartingFrom(_ a: SourceRange, _ message: String) -> SyntaxErrorInfo {
        // The cursor sits just past the furthest token (past the newline
        // character for NEWLINE, even when that newline is implicit).
        let furthest = token(at: fill - 1)
        let end: Int
        if furthest.isSynthetic {
            end = furthest.column
        } else if furthest.kind == .newline {
            end = furthest.endColumn - (furthest.text.isEmpty ? 0 : 1)
        } else {
            end = furthest.endColumn - 1
        }
        return makeError(.syntax, message, line: a.line, column: a.column, endColumn: end, endLine: furthest.endLine)
    }

    // MARK: - Shared helpers of the invalid_* rules

    /// CPython's _PyPegen_get_expr_name.
    func exprName(_ e: Expr) -> String {
        if awaitRanges.contains(e.range) { return "await expression" }
        switch e.kind {
        case .attribute: return "attribute"
        case .subscript: return "subscript"
        case .starred: return "starred"
        case .name: return "name"
        case .list: return "list"
        case .tuple: return "tuple"
        case .lambda: return "lambda"
        case .call: return "function call"
        case .boolOp, .binOp, .unaryOp: return "expression"
        case .generatorExp: return "generator expression"
        case .yield, .yieldFrom: return "yield expression"
        case .await: return "await expression"
        case .listComp: return "list comprehension"
        case .setComp: return "set comprehension"
        case .dictComp: return "dict comprehension"
        case .dict: return "dict literal"
        case .set: return "set display"
        case .joinedStr, .formattedValue: return "f-string expression"
        case .constant(let c):
            switch c {
            case .none: return "None"
            case .true: return "True"
            case .false: return "False"
            case .ellipsis: return "ellipsis"
            default: return "literal"
            }
        case .compare: return "comparison"
        case .ifExp: return "conditional expression"
        case .namedExpr: return "named expression"
        case .slice: return "slice"
        }
    }

    enum TargetsKind { case star, del, forLoop }

    /// CPython's _PyPegen_get_invalid_target: the first part of `e` that
    /// cannot be assigned to (or deleted), if any.
    func invalidTarget(_ e: Expr, _ kind: TargetsKind) -> Expr? {
        if awaitRanges.contains(e.range) { return e }
        switch e.kind {
        case .list(let elements), .tuple(let elements):
            for element in elements {
                if let bad = invalidTarget(element, kind) { return bad }
            }
            return nil
        case .starred(let value):
            if kind == .del { return e }
            return invalidTarget(value, kind)
        case .compare(let left, let ops, _):
            // `for a in b` parses `a in b` as a comparison.
            if kind == .forLoop {
                if ops.first == .in { return invalidTarget(left, kind) }
                return nil
            }
            return e
        case .name, .subscript, .attribute:
            return nil
        default:
            return e
        }
    }

    /// RAISE_SYNTAX_ERROR_INVALID_TARGET: nil when every part is assignable.
    func invalidTargetError(_ kind: TargetsKind, _ e: Expr) -> SyntaxErrorInfo? {
        guard let bad = invalidTarget(e, kind) else { return nil }
        let verb = kind == .del ? "cannot delete" : "cannot assign to"
        return errorKnownLocation(bad.range, "\(verb) \(exprName(bad))")
    }
}
