// Raising, matching and printing exceptions as CPython does.
import Foundation

extension VM {
    /// `raise X`: X may be an exception class (instantiated with no
    /// arguments) or an instance.
    func makeException(_ v: Value) throws -> PyExceptionObject {
        if case .object(let o) = v {
            if let e = o as? PyExceptionObject { return e }
            if let t = o as? PyType, t.isExceptionType {
                let inst = try instantiate(t, [], [])
                if case .object(let io) = inst, let e = io as? PyExceptionObject { return e }
                throw PyError.typeError("calling \(try repr(v)) should have returned an instance of BaseException, not \(typeOf(inst).name)")
            }
        }
        throw PyError.typeError("exceptions must derive from BaseException")
    }

    func exceptionMatches(_ exc: Value, _ type: Value) throws -> Bool {
        guard case .object(let eo) = exc, let e = eo as? PyExceptionObject else { return false }
        func matches(_ t: Value) throws -> Bool {
            if case .object(let o) = t {
                if let cls = o as? PyType, cls.isExceptionType { return e.cls.isSubtype(of: cls) }
                if let tup = o as? PyTuple {
                    for x in tup.items where try matches(x) { return true }
                    return false
                }
            }
            throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
        return try matches(type)
    }

    /// The text CPython prints for an uncaught exception (with its chain).
    public func formatTraceback(_ exc: PyExceptionObject) -> String {
        var seen = Set<ObjectIdentifier>()
        return formatChain(exc, &seen)
    }

    private func formatChain(_ exc: PyExceptionObject, _ seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(exc))
        var out = ""
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, &seen)
            out += "\nThe above exception was the direct cause of the following exception:\n\n"
        } else if let ctx = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(ctx)) {
            out += formatChain(ctx, &seen)
            out += "\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        if !exc.traceback.isEmpty {
            out += "Traceback (most recent call last):\n"
            var records = Array(exc.traceback.reversed())
            // CPython collapses long runs of the same frame (deep recursion).
            var collapsed: [(TracebackRecord, Int)] = []
            for r in records {
                if let last = collapsed.last, last.0.code === r.code, last.0.line == r.line {
                    collapsed[collapsed.count - 1].1 += 1
                } else {
                    collapsed.append((r, 1))
                }
            }
            records = []
            for (r, n) in collapsed {
                let shown = min(n, 3)
                for _ in 0..<shown { out += formatFrameLine(r) }
                if n > 3 {
                    let more = n - 3
                    out += "  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]\n"
                }
            }
        }
        out += (syntaxErrorDisplay(exc) ?? exceptionOnlyLine(exc, withSuggestion: true)) + "\n"
        // add_note(): each note on its own line(s) after the message.
        if let notes = exc.dict["__notes__"] {
            if case .object(let no) = notes, no.kind == .list || no.kind == .tuple {
                for n in (try? iterate(notes)) ?? [] {
                    out += ((try? str(n)) ?? "<note str() failed>") + "\n"
                }
            } else {
                out += ((try? repr(notes)) ?? "<__notes__ repr() failed>") + "\n"
            }
        }
        return out
    }

    func formatFrameLine(_ r: TracebackRecord) -> String {
        var s = "  File \"\(VM.displayPath(r.code.filename))\", line \(r.line), in \(r.code.name)\n"
        let lines = sourceLines(of: r.code.filename) ?? []
        guard r.line >= 1 && r.line <= lines.count else { return s }
        var position = r.position
        if let p = position, p.line != r.line || p.endLine > lines.count { position = nil }
        let last = position?.endLine ?? r.line
        s += TracebackCarets.render(lines: Array(lines[(r.line - 1)..<last]), position: position).joined()
        return s
    }

    /// As CPython names a file in a traceback: a program's file by its absolute path.
    static func displayPath(_ filename: String) -> String {
        if filename.hasPrefix("/") || filename.hasPrefix("<") || filename.isEmpty { return filename }
        guard let cwd = FileManager.default.currentDirectoryPath as String?, FileManager.default.fileExists(atPath: filename) else { return filename }
        var path = filename
        while path.hasPrefix("./") { path.removeFirst(2) }
        return cwd.hasSuffix("/") ? cwd + path : cwd + "/" + path
    }

    /// "NameError: name 'x' is not defined" (a printed traceback adds
    /// CPython's "Did you mean" hint: `withSuggestion`).
    public func exceptionOnlyLine(_ exc: PyExceptionObject, withSuggestion: Bool = false) -> String {
        let name = exc.cls.isBuiltin || exc.cls.moduleName == "__main__" ? exc.cls.qualname : "\(exc.cls.moduleName).\(exc.cls.qualname)"
        var msg = (try? str(.object(exc))) ?? "<exception str() failed>"
        if withSuggestion { msg += suggestionSuffix(exc) }
        return msg.isEmpty ? name : "\(name): \(msg)"
    }
}
