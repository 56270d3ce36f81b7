// Frame objects as Python sees them (sys._getframe(), tb.tb_frame,
// inspect.currentframe()): a read-only window on one of the VM's frames.
// f_locals and f_globals are snapshots, as f_globals copies elsewhere are.

public final class PyFrameObject: PyObject {
    public let frame: Frame
    /// The line of a traceback entry (the frame may have moved on since).
    let line: Int?
    init(_ frame: Frame, line: Int? = nil) {
        self.frame = frame
        self.line = line
        super.init(kind: .other)
    }
    public override var pyType: PyType { BuiltinTypes.iteratorType(named: "frame") }
}

extension VM {
    func frameAttribute(_ fo: PyFrameObject, _ name: String) throws -> Value? {
        let f = fo.frame
        switch name {
        case "f_code": return .object(f.code.pyCode)
        case "f_lineno": return .int(fo.line ?? (f.isFinished ? f.lineForTraceback : max(f.lastLine, f.code.firstLineNumber)))
        case "f_lasti": return .int(f.lastIP * 2)
        case "f_back":
            guard let b = f.back else { return Value.none }
            return .object(PyFrameObject(b))
        case "f_globals":
            let d = PyDict()
            for (k, v) in f.globals.boundItems { try d.set(.str(k), v, vm: self) }
            return .object(d)
        case "f_locals": return .object(try localsDict(f))
        case "f_builtins": return .object(try dictFromAttrs(builtins))
        case "f_trace": return Value.none
        case "clear": return Bootstrap.function("clear") { _, _, _ in .none }
        default: return nil
        }
    }

    func frameRepr(_ fo: PyFrameObject) -> String {
        let f = fo.frame
        return "<frame at \(VM.hexAddress(fo.address)), file '\(f.code.filename)', line \(fo.line ?? max(f.lastLine, f.code.firstLineNumber)), code \(f.code.name)>"
    }
}
