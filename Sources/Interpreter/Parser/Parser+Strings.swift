// String literals: implicit concatenation of adjacent literals, f-strings
// and their replacement fields. The resulting nodes and positions follow
// CPython 3.13's action_helpers.c (_PyPegen_concatenate_strings,
// _PyPegen_joined_str, _PyPegen_formatted_value).

extension PEGParser {
    // strings (memo): (fstring | string)+
    mutating func strings() throws -> Expr? {
        try memoized(.strings) { p in
            let start = p.mark
            var parts: [Expr] = []
            while true {
                let token = try p.peek()
                if token.kind == .string {
                    p.mark += 1
                    parts.append(try p.stringConstant(token))
                } else if token.kind == .fstringStart, let joined = try p.fstring() {
                    parts.append(joined)
                } else {
                    break
                }
            }
            if parts.isEmpty { return nil }
            return try p.concatenate(parts, p.range(from: start))
        }
    }

    /// Adjacent literals become one Constant, or one JoinedStr when an
    /// f-string is among them; neighbouring text pieces are merged.
    func concatenate(_ parts: [Expr], _ whole: SourceRange) throws -> Expr {
        var hasFString = false, hasText = false, hasBytes = false
        for part in parts {
            switch part.kind {
            case .constant(.bytes): hasBytes = true
            case .constant: hasText = true
            default: hasFString = true
            }
        }
        if (hasText || hasFString) && hasBytes {
            throw errorAtLastToken("cannot mix bytes and nonbytes literals")
        }
        if hasBytes {
            var bytes: [UInt8] = []
            for part in parts {
                if case .constant(.bytes(let b)) = part.kind { bytes += b }
            }
            return Expr(.constant(.bytes(bytes)), whole)
        }
        if !hasFString && parts.count == 1 { return parts[0] }

        var flattened: [Expr] = []
        for part in parts {
            if case .joinedStr(let values) = part.kind {
                flattened += values
            } else {
                flattened.append(part)
            }
        }
        var values: [Expr] = []
        var i = 0
        while i < flattened.count {
            var element = flattened[i]
            if case .constant(.string(var text)) = element.kind {
                var last = element
                var j = i + 1
                while j < flattened.count, case .constant(.string(let more)) = flattened[j].kind {
                    text += more
                    last = flattened[j]
                    j += 1
                }
                if j > i + 1 {
                    element = Expr(.constant(.string(text)), element.range.extended(to: last.range))
                }
                i = j
                if hasFString && text.isEmpty { continue }  // empty pieces vanish
            } else {
                i += 1
            }
            values.append(element)
        }
        if !hasFString { return values.first ?? Expr(.constant(.string("")), whole) }
        return Expr(.joinedStr(values), whole)
    }

    // fstring: FSTRING_START fstring_middle* FSTRING_END
    mutating func fstring() throws -> Expr? {
        let start = mark
        guard let open = try expect(.fstringStart) else { return nil }
        try enter()
        defer { leave() }
        var items: [Expr] = []
        while true {
            if let field = try replacementField() {
                items.append(field)
            } else if let literal = try expect(.fstringMiddle) {
                items.append(Expr(.constant(.string(literal.text)), literal.range))
            } else {
                break
            }
        }
        guard let close = try expect(.fstringEnd) else {
            mark = start
            return nil
        }
        return try joinedString(open, items, close)
    }

    /// _PyPegen_joined_str: decodes the literal pieces and drops empty ones.
    mutating func joinedString(_ open: Token, _ items: [Expr], _ close: Token) throws -> Expr {
        let raw = open.text.contains("r") || open.text.contains("R")
        var flattened: [Expr] = []
        for item in items {
            if case .joinedStr(let values) = item.kind {
                flattened += values  // the `x=` text of a debug field
            } else {
                flattened.append(item)
            }
        }
        var values: [Expr] = []
        for item in flattened {
            if case .constant(.string(let text)) = item.kind {
                // CPython reports escape errors here at the closing quote.
                let decoded = try raw || !text.contains("\\") ? text : decodeText(text, at: close.range)
                if decoded.isEmpty { continue }
                values.append(Expr(.constant(.string(decoded)), item.range))
            } else {
                values.append(item)
            }
        }
        return Expr(.joinedStr(values), SourceRange(line: open.line, column: open.column,
                                                    endLine: close.endLine, endColumn: close.endColumn))
    }

    // fstring_replacement_field:
    //   '{' annotated_rhs '='? ['!' NAME] [':' fstring_format_spec*] '}' | invalid_replacement_field
    mutating func replacementField() throws -> Expr? {
        let start = mark
        if let open = try expect("{"), let value = try annotatedRhs() {
            let valueEnd = mark
            let debug = try expect("=")
            var conversion: (bang: Token, name: Token)? = nil
            let beforeConversion = mark
            if let bang = try expect("!"), let conversionName = try name() {
                if bang.endLine != conversionName.line || bang.endColumn != conversionName.column {
                    throw errorKnownRange(bang.range, conversionName.range,
                                          "f-string: conversion type must come right after the exclamanation mark")
                }
                conversion = (bang, conversionName)
            } else {
                mark = beforeConversion
            }
            var spec: (colon: Token, value: Expr)? = nil
            if let colon = try expect(":") {
                spec = (colon, try formatSpec(colon))
            }
            if let close = try expect("}") {
                return try formattedValue(value, open: open, debug: debug, conversion: conversion,
                                          spec: spec, close: close, firstBang: firstBang(from: start + 1, to: valueEnd))
            }
        }
        mark = start
        if callInvalidRules {
            try invalidReplacementField()
            mark = start
        }
        return nil
    }

    // fstring_full_format_spec: ':' fstring_format_spec*
    // fstring_format_spec: FSTRING_MIDDLE | fstring_replacement_field
    mutating func formatSpec(_ colon: Token) throws -> Expr {
        let start = mark - 1
        var items: [Expr] = []
        while true {
            if let literal = try expect(.fstringMiddle) {
                // Spec text is always decoded, even in raw f-strings (as CPython does).
                let text = try literal.text.contains("\\") ? decodeText(literal.text, at: literal.range) : literal.text
                items.append(Expr(.constant(.string(text)), literal.range))
            } else if let field = try replacementField() {
                items.append(field)
            } else {
                break
            }
        }
        items.removeAll { item in
            if case .constant(.string(let text)) = item.kind { return text.isEmpty }
            return false
        }
        let whole = range(from: start)
        if items.isEmpty { return Expr(.joinedStr([]), whole) }
        if items.count == 1, case .constant = items[0].kind { return Expr(.joinedStr(items), whole) }
        return try concatenate(items, whole)
    }

    func withoutComments(_ text: String) -> String {
        guard text.contains("#") else { return text }
        var result = String.UnicodeScalarView()
        var inComment = false
        for scalar in text.unicodeScalars {
            if scalar == "#" { inComment = true }
            if scalar == "\n" { inComment = false }
            if !inComment { result.append(scalar) }
        }
        return String(result)
    }

    /// _PyPegen_formatted_value: `{x=}` becomes the text "x=" followed by
    /// the value, converted with !r unless a conversion or spec is given.
    /// The first `!=` at the top level of a replacement field's expression:
    /// CPython's tokenizer ends the `x=` text at any '!' there.
    func firstBang(from first: Int, to end: Int) -> Token? {
        var brackets = 0
        var fstrings = 0
        for index in first..<max(first, min(end, tokens.count)) {
            let token = tokens[index]
            switch token.kind {
            case .fstringStart: fstrings += 1
            case .fstringEnd: fstrings -= 1
            case .op where fstrings == 0:
                switch token.text {
                case "(", "[", "{": brackets += 1
                case ")", "]", "}": brackets -= 1
                case "!=" where brackets == 0: return token
                default: break
                }
            default: break
            }
        }
        return nil
    }

    func formattedValue(_ value: Expr, open: Token, debug: Token?, conversion: (bang: Token, name: Token)?,
                        spec: (colon: Token, value: Expr)?, close: Token, firstBang: Token?) throws -> Expr {
        var conversionChar: Character? = nil
        if let conversion {
            let letter = conversion.name.text
            guard letter == "s" || letter == "r" || letter == "a" else {
                throw errorKnownLocation(conversion.name.range,
                                         "f-string: invalid conversion character '\(letter)': expected 's', 'r', or 'a'")
            }
            conversionChar = letter.first
        } else if debug != nil && spec == nil {
            conversionChar = "r"
        }
        let whole = SourceRange(line: open.line, column: open.column, endLine: close.endLine, endColumn: close.endColumn)
        let formatted = Expr(.formattedValue(value: value, conversion: conversionChar, formatSpec: spec?.value), whole)
        guard debug != nil else { return formatted }

        // The text runs from after '{' to the '!', ':' or '}' that ends it,
        // without comments (CPython drops from any '#' to the line's end).
        let terminator = conversion?.bang ?? spec?.colon ?? close
        let textEnd = min(firstBang?.startOffset ?? terminator.startOffset, terminator.startOffset)
        let text = withoutComments(source.text(open.endOffset, textEnd))
        let textRange = SourceRange(line: open.line, column: open.column + 1,
                                    endLine: terminator.line, endColumn: terminator.column)
        return Expr(.joinedStr([Expr(.constant(.string(text)), textRange), formatted]), whole)
    }
}
