// OSError's fields as CPython's oserror_parse_args/oserror_init set them:
// OSError(errno, strerror[, filename[, winerror[, filename2]]]) fills
// errno/strerror/filename/filename2 (None otherwise), keeps only
// (errno, strerror) in args once a filename is given, and OSError itself
// called with a known errno makes the matching subclass (OSError(2, ..) is
// a FileNotFoundError). str() is "[Errno N] text: 'file'".

extension VM {
    static let osErrorFields: Set<String> = ["errno", "strerror", "filename", "filename2"]

    /// The class OSError(errno, ...) makes: CPython's errnomap (Linux codes).
    func osErrorClass(_ t: PyType, _ args: [Value]) -> PyType {
        guard t === BuiltinTypes.OSError, (2...5).contains(args.count), case .int(let code) = args[0] else { return t }
        switch code {
        case 11, 114, 115: return BuiltinTypes.BlockingIOError      // EAGAIN, EALREADY, EINPROGRESS
        case 10: return BuiltinTypes.ChildProcessError              // ECHILD
        case 32, 108: return BuiltinTypes.BrokenPipeError           // EPIPE, ESHUTDOWN
        case 103: return BuiltinTypes.ConnectionAbortedError        // ECONNABORTED
        case 111: return BuiltinTypes.ConnectionRefusedError        // ECONNREFUSED
        case 104: return BuiltinTypes.ConnectionResetError          // ECONNRESET
        case 17: return BuiltinTypes.FileExistsError                // EEXIST
        case 2: return BuiltinTypes.FileNotFoundError               // ENOENT
        case 21: return BuiltinTypes.IsADirectoryError              // EISDIR
        case 20: return BuiltinTypes.NotADirectoryError             // ENOTDIR
        case 4: return BuiltinTypes.InterruptedError                // EINTR
        case 1, 13: return BuiltinTypes.PermissionError             // EPERM, EACCES
        case 3: return BuiltinTypes.ProcessLookupError              // ESRCH
        case 110: return BuiltinTypes.TimeoutError                  // ETIMEDOUT
        default: return t
        }
    }

    /// An OSError subclass with its own __init__ gets its args there
    /// (oserror_use_init): until then they are ().
    func osErrorDefersToInit(_ t: PyType) -> Bool {
        guard t.isSubtype(of: BuiltinTypes.OSError), !t.isBuiltin, let initFn = t.lookup("__init__") else { return false }
        return !isObjectDefault(initFn)
    }

    /// OSError.__init__: args and the errno/strerror/filename fields.
    func initOSError(_ e: PyExceptionObject, _ args: [Value]) {
        e.args = args
        for n in VM.osErrorFields { e.dict[n] = nil }
        guard (2...5).contains(args.count) else { return }
        e.dict["errno"] = args[0]
        e.dict["strerror"] = args[1]
        let filename = args.count > 2 ? args[2] : Value.none
        guard !filename.isNone else { return }
        if e.cls === BuiltinTypes.BlockingIOError, asNum(filename) != nil {
            e.dict["characters_written"] = filename
            return
        }
        e.dict["filename"] = filename
        if args.count == 5, !args[4].isNone { e.dict["filename2"] = args[4] }
        e.args = Array(args[0..<2])
    }

    /// OSError_str; nil when the plain exception str applies.
    func osErrorStr(_ e: PyExceptionObject) throws -> String? {
        let d = e.dict
        if let f = d["filename"], !f.isNone {
            let head = "[Errno \(try str(d["errno"] ?? .none))] \(try str(d["strerror"] ?? .none)): \(try repr(f))"
            if let f2 = d["filename2"], !f2.isNone { return head + " -> " + (try repr(f2)) }
            return head
        }
        if let n = d["errno"], let s = d["strerror"] { return "[Errno \(try str(n))] \(try str(s))" }
        return nil
    }
}
