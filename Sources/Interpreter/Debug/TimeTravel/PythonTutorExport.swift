// `scopewalk export --pytutor PROG.py`: the run as Online Python Tutor's
// execution trace ({"code", "trace"}: one execution point per event, each
// complete in itself: line, event, func_name, globals, ordered_globals,
// stack_to_render, heap, stdout), so its web front end can draw it.
// Written from the format's description (v3/docs/opt-trace-format.md) and
// the behaviour of its logger: frames get ids in call order; a frame that
// owns a cell some function closes over is a parent (is_parent), drawn
// after it returns as a zombie, with its final locals and its cells' current
// contents; a function's FUNCTION record names its parent frame. scopewalk
// knows each cell's owner, so parents are exact, not guessed from code
// constants.

import Foundation

public enum PythonTutorExport {
    /// Execution points kept at most (the tutor's own limit).
    public static let maxSteps = 1000

    /// The trace of running `source` (input() reads end of file).
    public static func trace(source: String, filename: String) -> String {
        let recorder = PythonTutorRecorder(source: source)
        let io = recorder.io
        _ = Interpreter.runProgram(source: source, filename: filename, io: io) { vm in
            recorder.vm = vm
            vm.trackObjects = true
            vm.hook = recorder
        }
        recorder.finish()
        return JSONText.object([("code", .string(source)), ("trace", .array(recorder.trace))]).rendered + "\n"
    }
}

/// A small JSON value with its own writer (keys keep their order).
indirect enum JSONText {
    case null, bool(Bool), int(Int), raw(String), string(String), array([JSONText]), object([(String, JSONText)])

    var rendered: String {
        var out = ""
        write(to: &out)
        return out
    }

    func write(to out: inout String) {
        switch self {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .raw(let s): out += s
        case .string(let s): JSONText.quote(s, into: &out)
        case .array(let items):
            out += "["
            for (i, item) in items.enumerated() {
                if i > 0 { out += ", " }
                item.write(to: &out)
            }
            out += "]"
        case .object(let pairs):
            out += "{"
            for (i, pair) in pairs.enumerated() {
                if i > 0 { out += ", " }
                JSONText.quote(pair.0, into: &out)
                out += ": "
                pair.1.write(to: &out)
            }
            out += "}"
        }
    }

    static func quote(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += String(format: "\\u%04x", u.value) } else { out.unicodeScalars.append(u) }
            }
        }
        out += "\""
    }
}

/// Output kept for the trace's `stdout`; input() sees end of file.
final class TutorIO: ProgramIO {
    var text = ""
    /// The traceback of an uncaught exception.
    var errors = ""
    func writeStdout(_ s: String) { text += s }
    func writeStderr(_ s: String) { errors += s }
    func readLine() -> String? { nil }
}

final class PythonTutorRecorder: TraceHook {
    let io = TutorIO()
    var vm: VM!
    private(set) var trace: [JSONText] = []
    private let source: String
    private var frameIds: [ObjectIdentifier: Int] = [:]
    private var nextFrameId = 1
    /// Cell serial -> id of the frame that made it.
    private var cellOwner: [Int: Int] = [:]
    /// Frame id -> the function it ran (for the chain of parents).
    private var functionOf: [Int: PyFunction] = [:]
    /// Frames owning a cell some function closes over.
    private var parentFrames = Set<Int>()
    /// Frames with cells that have returned: their final locals and cells.
    private var finished: [Int: (name: String, code: CodeObject, locals: [(String, Value)], cells: [(String, Cell)], function: PyFunction?)] = [:]
    private var globalsInOrder: [String] = []
    /// Heap ids, small and stable for the run (objects kept alive so an id is never reused).
    private var heapIds: [ObjectIdentifier: Int] = [:]
    private var keptAlive: [PyObject] = []
    private var stopped = false
    /// Where the last exception was raised (the innermost frame), for an uncaught one.
    private var lastLine = 0
    private var previousKind: TraceEventKind = .call

    init(source: String) { self.source = source }

    func pauseCheck(frame: Frame, vm: VM) throws {}

    func traceEvent(_ kind: TraceEventKind, frame: Frame, arg: Value?, vm: VM) throws {
        if stopped { throw ScanStop() }
        let id = frameId(frame, fresh: kind == .call && frame.ip == 0 && frame.lastLine < 0)
        // The cells a frame makes are in place by its first line.
        for i in 0..<min(frame.code.cellvars.count, frame.cells.count) where cellOwner[frame.cells[i].serial] == nil {
            cellOwner[frame.cells[i].serial] = id
        }
        if let fn = frame.function { functionOf[id] = fn }
        // The tutor starts at the first line: the module's call is not a point.
        if kind == .call && frame.code.kind == .module { return }
        let event: String
        let line: Int
        switch kind {
        case .call: event = "call"; line = frame.code.firstLineNumber
        case .line: event = "step_line"; line = frame.lastLine
        case .return: event = "return"; line = max(frame.lastLine, frame.code.firstLineNumber)
        case .exception: event = "exception"; line = frame.lineForTraceback
        }
        // A fresh raise (not the same exception coming up into a caller).
        if kind == .exception && previousKind != .return { lastLine = line }
        previousKind = kind
        var point = makePoint(event: event, line: line, frame: frame, returnValue: kind == .return ? (arg ?? Value.none) : nil)
        if kind == .exception, case .object(let o)? = arg, let e = o as? PyExceptionObject {
            point.append(("exception_msg", .string(exceptionMessage(e))))
        }
        trace.append(.object(point))
        if kind == .return && !frame.code.isGenerator && frame.code.kind != .module && !frame.code.cellvars.isEmpty {
            var cells: [(String, Cell)] = []
            for i in 0..<min(frame.code.cellvars.count, frame.cells.count) { cells.append((frame.code.cellvars[i], frame.cells[i])) }
            let plain = frame.boundLocals().filter { name, _ in !frame.code.cellvars.contains(name) && !frame.code.freevars.contains(name) }
            finished[id] = (frame.code.name, frame.code, plain, cells, frame.function)
        }
        if trace.count >= PythonTutorExport.maxSteps {
            trace.append(.object([("event", .string("instruction_limit_reached")),
                                  ("exception_msg", .string("(stopped after \(PythonTutorExport.maxSteps) steps to prevent possible infinite loop)"))]))
            stopped = true
            throw ScanStop()
        }
    }

    /// After the run: an uncaught exception ends the trace as the tutor shows it.
    func finish() {
        guard !stopped, io.errors.contains("Traceback (most recent call last)") else { return }
        let message = io.errors.split(separator: "\n").last.map(String.init) ?? "exception"
        trace.append(.object([("line", .int(lastLine)), ("event", .string("uncaught_exception")), ("exception_msg", .string(message)),
                              ("stdout", .string(io.text))]))
    }

    private func exceptionMessage(_ e: PyExceptionObject) -> String {
        let text = (try? vm.str(.object(e))) ?? ""
        return text.isEmpty ? e.cls.name : "\(e.cls.name): \(text)"
    }

    private func frameId(_ frame: Frame, fresh: Bool) -> Int {
        let key = ObjectIdentifier(frame)
        if !fresh, let id = frameIds[key] { return id }
        let id = nextFrameId
        nextFrameId += 1
        frameIds[key] = id
        return id
    }

    // MARK: one execution point

    private func makePoint(event: String, line: Int, frame: Frame, returnValue: Value?) -> [(String, JSONText)] {
        var heap = HeapEncoder(recorder: self)
        var globals: [(String, JSONText)] = []
        for (name, value) in vm.globals.boundItems where !(name.hasPrefix("__") && name.hasSuffix("__")) {
            globals.append((name, heap.encode(value)))
            if !globalsInOrder.contains(name) { globalsInOrder.append(name) }
        }
        let shownGlobals = Set(globals.map(\.0))
        // Live frames, innermost first (the module's are the globals).
        var live: [Frame] = []
        var f: Frame? = frame
        while let x = f {
            if !x.code.isLibrary && x.code.kind != .module { live.append(x) }
            f = x.back
        }
        var entries: [(id: Int, fields: [(String, JSONText)])] = []
        var liveIds = Set<Int>()
        for (i, x) in live.enumerated() {
            let id = frameIds[ObjectIdentifier(x)] ?? 0
            liveIds.insert(id)
            var locals = x.boundLocals().filter { name, _ in !x.code.freevars.contains(name) }
            if x === frame, let rv = returnValue { locals.append(("__return__", rv)) }
            entries.append((id, stackEntry(name: x.code.name, id: id, code: x.code, locals: locals, function: x.function,
                                           zombie: false, highlighted: i == 0, heap: &heap)))
        }
        // Parents that returned, drawn with their final locals and their cells as they are now.
        for id in parentFrames.subtracting(liveIds).sorted() {
            guard let z = finished[id] else { continue }
            var locals = z.locals
            for (name, cell) in z.cells { if let v = cell.contents { locals.append((name, v)) } }
            entries.append((id, stackEntry(name: z.name, id: id, code: z.code, locals: locals, function: z.function,
                                           zombie: true, highlighted: false, heap: &heap)))
        }
        // Parent ids found while encoding this point's functions: frames not drawn yet are drawn next time.
        entries.sort { $0.id < $1.id }
        return [
            ("line", .int(line)),
            ("event", .string(event)),
            ("func_name", .string(frame.code.kind == .module ? "<module>" : frame.code.name)),
            ("globals", .object(globals)),
            ("ordered_globals", .array(globalsInOrder.filter { shownGlobals.contains($0) }.map { .string($0) })),
            ("stack_to_render", .array(entries.map { .object($0.fields) })),
            ("heap", .object(heap.heap.sorted { $0.0 < $1.0 }.map { (String($0.0), $0.1) })),
            ("stdout", .string(io.text)),
        ]
    }

    private func stackEntry(name: String, id: Int, code: CodeObject, locals: [(String, Value)], function: PyFunction?,
                            zombie: Bool, highlighted: Bool, heap: inout HeapEncoder) -> [(String, JSONText)] {
        var encoded: [(String, JSONText)] = []
        for (n, v) in locals { encoded.append((n, heap.encode(v))) }
        // Names in the code's order, then the others alphabetically, __return__ last.
        var ordered = code.varnames.filter { n in encoded.contains { $0.0 == n } }
        ordered += encoded.map(\.0).filter { $0 != "__return__" && !ordered.contains($0) }.sorted()
        if encoded.contains(where: { $0.0 == "__return__" }) { ordered.append("__return__") }
        let isParent = parentFrames.contains(id)
        var hash = "\(name)_f\(id)"
        if isParent { hash += "_p" }
        if zombie { hash += "_z" }
        return [
            ("func_name", .string(name)),
            ("is_parent", .bool(isParent)),
            ("frame_id", .int(id)),
            ("parent_frame_id_list", .array(parentChain(of: function).map { .int($0) })),
            ("encoded_locals", .object(encoded)),
            ("ordered_varnames", .array(ordered.map { .string($0) })),
            ("is_zombie", .bool(zombie)),
            ("is_highlighted", .bool(highlighted)),
            ("unique_hash", .string(hash)),
        ]
    }

    /// The frame whose cells a function closes over (the nearest one).
    func parentFrame(of function: PyFunction) -> Int? {
        let owners = function.closure.compactMap { cellOwner[$0.serial] }
        guard let nearest = owners.max() else { return nil }
        parentFrames.insert(nearest)
        return nearest
    }

    /// Parent frame ids, nearest first.
    private func parentChain(of function: PyFunction?) -> [Int] {
        var ids: [Int] = []
        var fn = function
        while let f = fn, let p = parentFrame(of: f), !ids.contains(p) {
            ids.append(p)
            fn = functionOf[p]
        }
        return ids
    }

    func heapId(_ o: PyObject) -> Int {
        let key = ObjectIdentifier(o)
        if let id = heapIds[key] { return id }
        let id = heapIds.count + 1
        heapIds[key] = id
        keptAlive.append(o)
        return id
    }
}

/// Encodes values of one execution point: primitives inline, objects as
/// ["REF", id] with their record in the point's heap.
struct HeapEncoder {
    let recorder: PythonTutorRecorder
    var heap: [Int: JSONText] = [:]

    init(recorder: PythonTutorRecorder) { self.recorder = recorder }

    mutating func encode(_ v: Value) -> JSONText {
        let vm = recorder.vm!
        switch v {
        case .none: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .float(let d):
            if d.isNaN { return .array([.string("SPECIAL_FLOAT"), .string("NaN")]) }
            if d.isInfinite { return .array([.string("SPECIAL_FLOAT"), .string(d < 0 ? "-Infinity" : "Infinity")]) }
            return .raw(vm.boundedRepr(v, limit: 100))
        case .object(let o):
            if type(of: o) == PyStr.self, let s = o as? PyStr { return .string(s.value) }
            if o is PyInt, !(o is PyIntOfClass) { return .raw(vm.boundedRepr(v, limit: 4000)) }
            let id = recorder.heapId(o)
            if heap[id] == nil {
                heap[id] = .null  // a cycle comes back here as a reference
                heap[id] = record(o, v)
            }
            return .array([.string("REF"), .int(id)])
        }
    }

    private mutating func record(_ o: PyObject, _ v: Value) -> JSONText {
        let vm = recorder.vm!
        switch o {
        case let list as PyList: return .array([.string("LIST")] + list.items.map { encode($0) })
        case let tuple as PyTuple: return .array([.string("TUPLE")] + tuple.items.map { encode($0) })
        case let dict as PyDict: return .array([.string("DICT")] + dict.pairs.map { .array([encode($0.key), encode($0.value)]) })
        case let set as PySet: return .array([.string("SET")] + set.elements.map { encode($0) })
        case let fn as PyFunction:
            // The logger's signature: positional parameters, *args, **kwargs, then keyword-only ones.
            let code = fn.code
            var params = Array(code.varnames.prefix(code.argCount))
            var next = code.argCount + code.kwonlyArgCount
            if code.hasVarargs, next < code.varnames.count { params.append("*" + code.varnames[next]); next += 1 }
            if code.hasVarkeywords, next < code.varnames.count { params.append("**" + code.varnames[next]) }
            params += code.varnames.dropFirst(code.argCount).prefix(code.kwonlyArgCount)
            let parent = recorder.parentFrame(of: fn)
            return .array([.string("FUNCTION"), .string("\(fn.name)(\(params.joined(separator: ", ")))"), parent.map { .int($0) } ?? .null])
        case let b as PyBuiltinFunction:
            return .array([.string("FUNCTION"), .string("\(b.name)(...)"), .null])
        case let m as PyModule:
            // Modules are not traversed (the logger's rule: it would explode the picture).
            return .array([.string("module"), .string(m.name)])
        case let cls as PyType:
            let bases = cls.bases.map(\.name).filter { $0 != "object" }.map { JSONText.string($0) }
            var parts: [JSONText] = [.string("CLASS"), .string(cls.name), .array(bases)]
            let attributes = zip(cls.dict.keys, cls.dict.values).filter { !HeapEncoder.hiddenAttributes.contains($0.0) }
            for (k, value) in attributes.sorted(by: { $0.0 < $1.0 }) {
                parts.append(.array([.string(k), encode(value)]))
            }
            return .array(parts)
        case let inst as PyInstance:
            // A class with its own __str__ is drawn as that text (INSTANCE_PPRINT).
            if case .object(let f)? = inst.cls.lookup("__str__"), f is PyFunction {
                let text = (try? vm.str(v)) ?? "<incomplete object>"
                return .array([.string("INSTANCE_PPRINT"), .string(inst.cls.name), .string(text)])
            }
            var parts: [JSONText] = [.string("INSTANCE"), .string(inst.cls.name)]
            let attributes = zip(inst.dict.keys, inst.dict.values).filter { !HeapEncoder.hiddenAttributes.contains($0.0) }
            for (k, value) in attributes.sorted(by: { $0.0 < $1.0 }) { parts.append(.array([.string(k), encode(value)])) }
            return .array(parts)
        default:
            // Any other object: its type's name and str(), as the logger writes it
            // (HEAP_PRIMITIVE is only for its "render all objects on the heap" mode).
            let text = (try? vm.str(v)) ?? vm.boundedRepr(v, limit: 1000)
            return .array([.string(vm.typeOf(v).name), .string(text)])
        }
    }

    /// Attributes the logger leaves out of classes and instances.
    static let hiddenAttributes: Set<String> = ["__doc__", "__module__", "__return__", "__dict__", "__locals__", "__weakref__", "__qualname__"]
}
