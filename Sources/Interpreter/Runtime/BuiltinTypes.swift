// The built-in type objects and the exception hierarchy. Their methods are
// installed by the Builtins stage (Builtins/*.swift) at bootstrap.

public enum BuiltinTypes {
    static func make(_ name: String, _ base: PyType?) -> PyType {
        let t = PyType(name: name, bases: base.map { [$0] } ?? [], isBuiltin: true)
        t.setLinearMRO()
        return t
    }

    public static let object = make("object", nil)
    public static let type = make("type", object)
    public static let int = make("int", object)
    public static let bool = make("bool", int)
    public static let float = make("float", object)
    public static let complex = make("complex", object)
    public static let str = make("str", object)
    public static let bytes = make("bytes", object)
    public static let list = make("list", object)
    public static let tuple = make("tuple", object)
    public static let dict = make("dict", object)
    public static let set = make("set", object)
    public static let frozenset = make("frozenset", object)
    public static let range = make("range", object)
    public static let slice = make("slice", object)
    public static let noneType = make("NoneType", object)
    public static let notImplementedType = make("NotImplementedType", object)
    public static let ellipsisType = make("ellipsis", object)
    public static let function = make("function", object)
    public static let builtinFunction = make("builtin_function_or_method", object)
    public static let method = make("method", object)
    public static let cell = make("cell", object)
    public static let code = make("code", object)
    public static let module = make("module", object)
    public static let generator = make("generator", object)
    public static let coroutine = make("coroutine", object)
    public static let asyncGenerator = make("async_generator", object)
    /// What `agen.__anext__()` / `asend` / `athrow` return (VM+Async.swift).
    public static let asyncGenAsend = make("async_generator_asend", object)
    public static let property = make("property", object)
    public static let staticmethod = make("staticmethod", object)
    public static let classmethod = make("classmethod", object)
    public static let superType = make("super", object)

    public static let notImplemented = PySingleton(kind: .notImplemented, name: "NotImplemented", type: notImplementedType)
    public static let ellipsis = PySingleton(kind: .ellipsis, name: "Ellipsis", type: ellipsisType)

    nonisolated(unsafe) static var iteratorTypes: [String: PyType] = [:]
    static func iteratorType(named name: String) -> PyType {
        if let t = iteratorTypes[name] { return t }
        let t = make(name, object)
        // CPython's internal types (list_iterator, member_descriptor...) have no doc.
        t.dict["__doc__"] = Value.none
        iteratorTypes[name] = t
        return t
    }

    /// method-wrapper, wrapper_descriptor, method_descriptor and
    /// classmethod_descriptor: made on first use with the methods of
    /// builtin_function_or_method (__call__...), which all of them answer.
    static func callableType(_ name: String) -> PyType {
        if let t = iteratorTypes[name] { return t }
        let t = iteratorType(named: name)
        for (k, v) in builtinFunction.dict.items where k != "__doc__" { t.dict[k] = v }
        return t
    }

    // MARK: Exceptions

    static func exc(_ name: String, _ base: PyType?) -> PyType {
        let t = make(name, base ?? object)
        t.isExceptionType = true
        return t
    }

    public static let BaseException = exc("BaseException", nil)
    public static let SystemExit = exc("SystemExit", BaseException)
    public static let KeyboardInterrupt = exc("KeyboardInterrupt", BaseException)
    public static let GeneratorExit = exc("GeneratorExit", BaseException)
    public static let Exception = exc("Exception", BaseException)
    public static let ArithmeticError = exc("ArithmeticError", Exception)
    public static let ZeroDivisionError = exc("ZeroDivisionError", ArithmeticError)
    public static let OverflowError = exc("OverflowError", ArithmeticError)
    public static let FloatingPointError = exc("FloatingPointError", ArithmeticError)
    public static let AssertionError = exc("AssertionError", Exception)
    public static let AttributeError = exc("AttributeError", Exception)
    public static let BufferError = exc("BufferError", Exception)
    public static let EOFError = exc("EOFError", Exception)
    public static let ImportError = exc("ImportError", Exception)
    public static let ModuleNotFoundError = exc("ModuleNotFoundError", ImportError)
    public static let LookupError = exc("LookupError", Exception)
    public static let IndexError = exc("IndexError", LookupError)
    public static let KeyError = exc("KeyError", LookupError)
    public static let MemoryError = exc("MemoryError", Exception)
    public static let NameError = exc("NameError", Exception)
    public static let UnboundLocalError = exc("UnboundLocalError", NameError)
    public static let OSError = exc("OSError", Exception)
    public static let FileNotFoundError = exc("FileNotFoundError", OSError)
    public static let PermissionError = exc("PermissionError", OSError)
    public static let RuntimeError = exc("RuntimeError", Exception)
    public static let NotImplementedError = exc("NotImplementedError", RuntimeError)
    public static let RecursionError = exc("RecursionError", RuntimeError)
    public static let StopIteration = exc("StopIteration", Exception)
    public static let StopAsyncIteration = exc("StopAsyncIteration", Exception)
    public static let SyntaxError = exc("SyntaxError", Exception)
    public static let IndentationError = exc("IndentationError", SyntaxError)
    public static let TabError = exc("TabError", IndentationError)
    public static let SystemError = exc("SystemError", Exception)
    public static let TypeError = exc("TypeError", Exception)
    public static let ValueError = exc("ValueError", Exception)
    public static let UnicodeError = exc("UnicodeError", ValueError)
    public static let Warning = exc("Warning", Exception)
    public static let UserWarning = exc("UserWarning", Warning)
    public static let DeprecationWarning = exc("DeprecationWarning", Warning)
    public static let RuntimeWarning = exc("RuntimeWarning", Warning)

    // The rest of CPython's built-in hierarchy (programs name them in
    // `except` clauses and raise them).
    public static let BaseExceptionGroup = exc("BaseExceptionGroup", BaseException)
    public static let ExceptionGroup: PyType = {
        let t = PyType(name: "ExceptionGroup", bases: [BaseExceptionGroup, Exception], isBuiltin: true)
        t.isExceptionType = true
        try? t.computeMRO()
        return t
    }()
    public static let ReferenceError = exc("ReferenceError", Exception)
    public static let BlockingIOError = exc("BlockingIOError", OSError)
    public static let ChildProcessError = exc("ChildProcessError", OSError)
    public static let ConnectionError = exc("ConnectionError", OSError)
    public static let BrokenPipeError = exc("BrokenPipeError", ConnectionError)
    public static let ConnectionAbortedError = exc("ConnectionAbortedError", ConnectionError)
    public static let ConnectionRefusedError = exc("ConnectionRefusedError", ConnectionError)
    public static let ConnectionResetError = exc("ConnectionResetError", ConnectionError)
    public static let FileExistsError = exc("FileExistsError", OSError)
    public static let InterruptedError = exc("InterruptedError", OSError)
    public static let IsADirectoryError = exc("IsADirectoryError", OSError)
    public static let NotADirectoryError = exc("NotADirectoryError", OSError)
    public static let ProcessLookupError = exc("ProcessLookupError", OSError)
    public static let TimeoutError = exc("TimeoutError", OSError)
    public static let UnicodeDecodeError = exc("UnicodeDecodeError", UnicodeError)
    public static let UnicodeEncodeError = exc("UnicodeEncodeError", UnicodeError)
    public static let UnicodeTranslateError = exc("UnicodeTranslateError", UnicodeError)
    public static let PendingDeprecationWarning = exc("PendingDeprecationWarning", Warning)
    public static let SyntaxWarning = exc("SyntaxWarning", Warning)
    public static let FutureWarning = exc("FutureWarning", Warning)
    public static let ImportWarning = exc("ImportWarning", Warning)
    public static let UnicodeWarning = exc("UnicodeWarning", Warning)
    public static let BytesWarning = exc("BytesWarning", Warning)
    public static let ResourceWarning = exc("ResourceWarning", Warning)
    public static let EncodingWarning = exc("EncodingWarning", Warning)

    public static var allExceptions: [PyType] {
        [BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, ArithmeticError, ZeroDivisionError,
         OverflowError, FloatingPointError, AssertionError, AttributeError, BufferError, EOFError, ImportError,
         ModuleNotFoundError, LookupError, IndexError, KeyError, MemoryError, NameError, UnboundLocalError, OSError,
         FileNotFoundError, PermissionError, RuntimeError, NotImplementedError, RecursionError, StopIteration,
         StopAsyncIteration, SyntaxError, IndentationError, TabError, SystemError, TypeError, ValueError,
         UnicodeError, Warning, UserWarning, DeprecationWarning, RuntimeWarning,
         BaseExceptionGroup, ExceptionGroup, ReferenceError, BlockingIOError, ChildProcessError, ConnectionError,
         BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError, ConnectionResetError, FileExistsError,
         InterruptedError, IsADirectoryError, NotADirectoryError, ProcessLookupError, TimeoutError,
         UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, PendingDeprecationWarning, SyntaxWarning,
         FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning, EncodingWarning]
    }
}

extension VM {
    /// type(v)
    @inline(__always) public func typeOf(_ v: Value) -> PyType {
        switch v {
        case .int: return BuiltinTypes.int
        case .float: return BuiltinTypes.float
        case .bool: return BuiltinTypes.bool
        case .none: return BuiltinTypes.noneType
        case .object(let o): return o.pyType
        }
    }
}
