// `_traceback_lines`: what the Python traceback module (and so unittest and
// doctest reports) needs from the VM to print a frame as CPython 3.13 does:
// the columns of a traceback entry's instruction, and the source lines with
// their ~~^^ markers (TracebackAnchors, shared with the VM's own printer).

enum TracebackLinesModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "_traceback_lines")
        // position(tb) -> (lineno, end_lineno, colno, end_colno) of tb's first entry, or None.
        ModuleFunctions.one(m, "position") { _, v in
            guard case .object(let o) = v, let tb = o as? PyTraceback, let r = tb.records.first,
                  let p = r.position, p.line == r.line else { return .none }
            return .object(PyTuple([.int(p.line), .int(p.endLine), .int(p.column), .int(p.endColumn)]))
        }
        // frame_lines(filename, lineno, end_lineno, colno, end_colno) -> str
        ModuleFunctions.positional(m, "frame_lines", min: 5, max: 5) { vm, args in
            guard case .object(let fo) = args[0], fo.kind == .str else { return .str("") }
            let file = unsafeDowncast(fo, to: PyStr.self).value
            let lines = vm.sourceLines(of: file) ?? []
            let line = try vm.ssizeArg(args[1])
            var position: SourceRange? = nil
            if !args[3].isNone, !args[4].isNone, !args[2].isNone {
                let end = try vm.ssizeArg(args[2])
                if end <= lines.count {
                    position = SourceRange(line: line, column: try vm.ssizeArg(args[3]),
                                           endLine: end, endColumn: try vm.ssizeArg(args[4]))
                }
            }
            guard line >= 1, line <= lines.count else { return .str("") }
            return .str(TracebackAnchors.text(sourceLines: lines, line: line, position: position))
        }
        // register(filename, source): the lines tracebacks quote for code
        // compiled from a string under that name (doctest's examples, as
        // CPython's doctest patches linecache for them).
        ModuleFunctions.positional(m, "register", min: 2, max: 2) { vm, args in
            let file = try vm.str(args[0])
            vm.moduleState.sourceLines[file] = VM.lines(of: try vm.str(args[1]))
            return .none
        }
        return m
    }
}
