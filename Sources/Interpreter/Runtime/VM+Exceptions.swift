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
