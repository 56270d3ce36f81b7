// A compile error as the SyntaxError object a program can catch (from
// import, compile(), exec(), eval()), with CPython's attributes and args.
import Foundation

extension VM {
    func syntaxErrorValue(_ e: SyntaxErrorInfo) -> PyError {
        let cls: PyType
        switch e.kind {
        case .indentation: cls = BuiltinTypes.IndentationError
        case .tab: cls = BuiltinTypes.TabError
        case .memory: return PyError(BuiltinTypes.MemoryError, e.message)
        case .recursion: return PyError(BuiltinTypes.RecursionError, e.message)
        default: cls = BuiltinTypes.SyntaxError
        }
        // The parser keeps the line it read; the symbol table and the
        // compiler read it back from the file, which a string has not.
        let line: String? = e.stage == .parser ? e.sourceLine : VM.fileLine(e.filename, e.line)
        let offset: Value = e.column.map { .int($0 + 1) } ?? .int(0)
        let endLine = e.endLine ?? e.line
        let endOffset: Value = e.column.map { c in
            let end = e.endColumn == Int.max ? (e.sourceLine?.count ?? c + 1) : (e.endColumn ?? c + 1)  // Int.max: the line's end
            return .int(end + 1)
        } ?? .int(e.kind == .indentation ? -1 : 0)  // CPython's "expected an indented block": (0, -1)
        let text: Value = line.map { .str($0 + "\n") } ?? .none
        // args: (msg, (filename, lineno, offset, text, end_lineno, end_offset)),
        // or (msg,) for the symbol table's errors, whose location is set afterwards.
        var args: [Value] = [.str(e.message)]
        if e.stage != .symbolTable {
            args.append(.object(PyTuple([.str(e.filename), .int(e.line), offset, text, .int(endLine), endOffset])))
        }
        let err = PyError(PyExceptionObject(cls: cls, args: args))
        let d = err.exception
        d.dict["filename"] = .str(e.filename)
        d.dict["lineno"] = .int(e.line)
        d.dict["msg"] = .str(e.message)
        d.dict["offset"] = offset
        d.dict["text"] = text
        d.dict["end_lineno"] = .int(endLine)
        d.dict["end_offset"] = endOffset
        d.dict["print_file_and_line"] = .none
        return err
    }

    /// Line `n` of a file on disk (without its newline), or nil.
    static func fileLine(_ filename: String, _ n: Int) -> String? {
        guard n >= 1, !filename.hasPrefix("<"), let data = FileManager.default.contents(atPath: filename) else { return nil }
        let lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        guard n <= lines.count else { return nil }
        var line = String(decoding: lines[n - 1], as: UTF8.self)
        if line.hasSuffix("\r") { line.removeLast() }
        return line
    }
}

extension VM {
    /// The last lines of a printed traceback for a SyntaxError (CPython's
    /// TracebackException._format_syntax_error): the File line, the text
    /// with its carets, then "SyntaxError: msg"; nil for other exceptions.
    func syntaxErrorDisplay(_ exc: PyExceptionObject) -> String? {
        guard exc.cls.isSubtype(of: BuiltinTypes.SyntaxError) else { return nil }
        let attr = { (name: String) -> Value? in
            let v = exc.dict[name]
            if let v, v.isNone { return nil }
            return v
        }
        var out = ""
        var suffix = ""
        let filename = attr("filename").flatMap { (try? self.str($0)) }
        if let lineno = attr("lineno"), let n = try? str(lineno) {
            out += "  File \"\(filename.map(VM.displayPath) ?? "<string>")\", line \(n)\n"
        } else if let filename {
            suffix = " (\(filename))"
        }
        if case .object(let to)? = attr("text"), let text = (to as? PyStr)?.value {
            let rtext = text.hasSuffix("\n") ? String(text.dropLast()) : text
            let ltext = String(rtext.drop(while: { $0 == " " || $0 == "\n" || $0 == "\u{0C}" }))
            let spaces = rtext.count - ltext.count
            out += "    \(ltext)\n"
            if case .int(var offset)? = attr("offset") {
                var endOffset = offset
                if case .int(let l)? = attr("lineno"), case .int(let el)? = attr("end_lineno"), l != el {
                    endOffset = rtext.count + 1
                } else if case .int(let e)? = attr("end_offset"), e != 0 {
                    endOffset = e
                }
                if offset > text.count { offset = rtext.count + 1 }
                if endOffset > text.count { endOffset = rtext.count + 1 }
                if offset >= endOffset || endOffset < 0 { endOffset = offset + 1 }
                let col = offset - 1 - spaces, endCol = endOffset - 1 - spaces
                if col >= 0 {
                    let pad = ltext.prefix(col).map { $0.isWhitespace ? String($0) : " " }.joined()
                    out += "    " + pad + repeatString("^", count: max(0, endCol - col)) + "\n"
                }
            }
        }
        let msg = attr("msg").flatMap { try? self.str($0) } ?? "<no detail available>"
        let name = exc.cls.isBuiltin ? exc.cls.qualname : "\(exc.cls.moduleName).\(exc.cls.qualname)"
        return out + "\(name): \(msg.isEmpty ? "<no detail available>" : msg)\(suffix)"
    }
}
