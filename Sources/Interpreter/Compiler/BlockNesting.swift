// CPython's limit of 21 statically nested blocks (CO_MAXBLOCKS): loops,
// `with`, and the regions of `try` each push a frame block in its compiler;
// the 22nd is "SyntaxError: too many statically nested blocks". A function
// or class body starts afresh. A pre-pass over the statements, so the
// compiler proper needs no change.

enum BlockNesting {
    static let maxBlocks = 21  // measured: CPython 3.13 fails at the 22nd

    static func check(_ body: [Stmt], filename: String) throws {
        try walk(body, 0, filename)
    }

    private static func fail(_ r: SourceRange, _ filename: String) -> SyntaxErrorInfo {
        // A statement spanning lines is underlined to the end of its first line.
        var e = SyntaxErrorInfo(message: "too many statically nested blocks", filename: filename, line: r.line, column: r.column,
                                endColumn: r.endColumn)
        e.endLine = r.endLine
        return e
    }

    /// `depth` blocks are open around `body`.
    private static func walk(_ body: [Stmt], _ depth: Int, _ filename: String) throws {
        func push(_ d: Int, _ r: SourceRange) throws -> Int {
            if d + 1 > maxBlocks { throw fail(r, filename) }
            return d + 1
        }
        for s in body {
            switch s.kind {
            case .while(_, let b, let o), .for(_, _, let b, let o):
                try walk(b, try push(depth, s.range), filename)
                try walk(o, depth, filename)
            case .if(_, let b, let o):
                try walk(b, depth, filename)
                try walk(o, depth, filename)
            case .with(let items, let b):
                var d = depth
                for item in items { d = try push(d, item.contextExpr.range) }
                try walk(b, d, filename)
            case .try(let b, let hs, let o, let f):
                var d = depth
                if !f.isEmpty { d = try push(d, s.range) }  // FINALLY_TRY around the rest
                if hs.isEmpty {
                    try walk(b, d, filename)
                } else {
                    try walk(b, try push(d, s.range), filename)  // TRY_EXCEPT
                    for h in hs {
                        // EXCEPTION_HANDLER, then HANDLER_CLEANUP around the handler's body.
                        let inHandler = try push(try push(d, h.range), h.range)
                        try walk(h.body, inHandler, filename)
                    }
                }
                try walk(o, d, filename)
                if !f.isEmpty { try walk(f, try push(depth, s.range), filename) }  // FINALLY_END
            case .match(_, let cases):
                for c in cases { try walk(c.body, depth, filename) }
            case .functionDef(let fd):
                try walk(fd.body, 0, filename)
            case .classDef(let cd):
                try walk(cd.body, 0, filename)
            default:
                break
            }
        }
    }
}
