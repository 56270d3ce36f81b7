// CPython 3.13's AST optimizer turns `'fmt' % (a, b)` into an f-string when
// the format has only %s/%r/%a units (with optional flags, width < 1000 and
// precision < 1000) and the tuple has exactly one item per unit and no
// starred item (ast_opt.c: optimize_format). The result is the same text,
// but the code differs where a trace can see it: the literal pieces have no
// source location, so each runs on the line of the code before it; as the
// first code of a function that is the `def` line (RESUME's), which then
// reports a `line` event (return "Title: %s" % (self.title,) in __str__).

extension Compiler {
    /// One piece of an optimizable format: literal text or one argument's unit.
    enum FormatPiece {
        case text(String)
        /// The argument index, its conversion (s, r, a) and the format spec.
        case unit(Int, Character, String?)
    }

    /// The pieces CPython's optimize_format makes of `fmt` with `count`
    /// arguments, or nil when it leaves the `%` operation alone.
    static func percentFormatPieces(_ fmt: String, count: Int) -> [FormatPiece]? {
        let s = Array(fmt.unicodeScalars)
        var pieces: [FormatPiece] = []
        var i = 0, used = 0
        while true {
            var text = String.UnicodeScalarView()
            while i < s.count {
                if s[i] != "%" { text.append(s[i]); i += 1 } else if i + 1 < s.count && s[i + 1] == "%" { text.append("%"); i += 2 } else { break }
            }
            if !text.isEmpty { pieces.append(.text(String(text))) }
            if i >= s.count { break }
            if used >= count { return nil }     // more units than items
            i += 1
            // Flags, width, precision, conversion (simple_format_arg_parse).
            var leftJustify = false
            func next() -> Unicode.Scalar? { guard i < s.count else { return nil }; defer { i += 1 }; return s[i] }
            guard var ch = next() else { return nil }
            while "-+ #0".unicodeScalars.contains(ch) {
                if ch == "-" { leftJustify = true }
                guard let c = next() else { return nil }
                ch = c
            }
            var width = -1, precision = -1
            if ("0"..."9").contains(ch) {
                width = 0
                var digits = 0
                while ("0"..."9").contains(ch) {
                    width = width * 10 + Int(ch.value - 48)
                    guard let c = next() else { return nil }
                    ch = c
                    digits += 1
                    if digits >= 3 { return nil }
                }
            }
            if ch == "." {
                guard let c = next() else { return nil }
                ch = c
                precision = 0
                var digits = 0
                while ("0"..."9").contains(ch) {
                    precision = precision * 10 + Int(ch.value - 48)
                    guard let c = next() else { return nil }
                    ch = c
                    digits += 1
                    if digits >= 3 { return nil }
                }
            }
            guard ch == "s" || ch == "r" || ch == "a" else { return nil }
            var spec = ""
            if !leftJustify && width > 0 { spec += ">" }
            if width >= 0 { spec += String(width) }
            if precision >= 0 { spec += ".\(precision)" }
            pieces.append(.unit(used, Character(ch), spec.isEmpty ? nil : spec))
            used += 1
        }
        return used == count ? pieces : nil
    }

    /// Compiles `fmt % (items...)` as CPython's optimized f-string; false
    /// when the optimizer would leave it a `%` operation.
    func compilePercentFormat(_ fmt: String, _ items: [Expr]) throws -> Bool {
        guard !items.contains(where: isStarred), let pieces = Compiler.percentFormatPieces(fmt, count: items.count) else { return false }
        var n = 0
        for p in pieces {
            switch p {
            case .text(let t):
                // No location: the line of the code before it, the def line first thing in a function.
                let first = unit.code.instructions.isEmpty && (unit.table.kind == .function || unit.table.kind == .lambda)
                let saved = (unit.currentLine, unit.currentRange)
                setLocation(line: first ? code.firstLineNumber : 0, range: first ? nil : .unknown)
                loadConst(.object(StringInterner.intern(t)))
                (unit.currentLine, unit.currentRange) = saved
            case .unit(let index, let conversion, let spec):
                let arg = items[index]
                try withLocation(arg.range) {
                    try compileExpr(arg)
                    emit(.convertValue, conversion == "s" ? 1 : conversion == "r" ? 2 : 3)
                    if let spec {
                        loadConst(.object(StringInterner.intern(spec)))
                        emit(.formatWithSpec)
                    } else {
                        emit(.formatSimple)
                    }
                }
            }
            n += 1
        }
        if n == 0 { loadConst(.object(StringCache.empty)) } else if n > 1 { emit(.buildString, n) }
        return true
    }
}
