// Iterators over built-in containers, plus a closure-backed iterator for
// everything else (map, filter, zip, enumerate...). The VM's FOR_ITER has a
// fast path for the common modes.

public final class PyIterator: PyObject {
    public enum Mode: UInt8 {
        case list, tuple, range, str, dictKeys, dictValues, dictItems, set, native, exhausted
    }
    public var mode: Mode
    var index = 0
    var stop = 0
    var step = 1
    var target: PyObject?
    var items: [Value] = []
    var version = 0
    var nextFn: ((VM) throws -> Value?)?
    /// `__length_hint__` when it runs user code (an iterator over a user
    /// sequence asks the sequence's `__len__`), for list()/tuple().
    var lengthHintFn: ((VM) throws -> Void)?
    let typeName: String
    /// The class of a native iterator that is not a built-in iterator type
    /// (itertools.chain...); nil: the built-in type named typeName.
    var cls: PyType?
    /// repr() when the class has its own (itertools.count, repeat), given
    /// the name of the instance's class.
    var reprFn: ((VM, String) throws -> String)?
    /// State its class's methods read besides __next__ (itertools._tee's
    /// position for __copy__, repeat's count for __length_hint__).
    var state: AnyObject?
    /// Its next() asks its input again after the end, as some of CPython's C
    /// iterators do (itertools.compress, starmap...), instead of staying exhausted.
    var asksAgain = false

    init(mode: Mode, typeName: String) {
        self.mode = mode
        self.typeName = typeName
        super.init(kind: .iterator)
    }

    public override var pyType: PyType { cls ?? BuiltinTypes.iteratorType(named: typeName) }

    static func overList(_ l: PyList) -> PyIterator {
        let it = PyIterator(mode: .list, typeName: "list_iterator")
        it.target = l
        return it
    }
    static func overTuple(_ items: [Value]) -> PyIterator {
        let it = PyIterator(mode: .tuple, typeName: "tuple_iterator")
        it.items = items
        return it
    }
    static func overRange(start: Int, stop: Int, step: Int) -> PyIterator {
        let it = PyIterator(mode: .range, typeName: "range_iterator")
        it.index = start
        it.stop = stop
        it.step = step
        return it
    }
    static func native(_ typeName: String, _ next: @escaping (VM) throws -> Value?) -> PyIterator {
        let it = PyIterator(mode: .native, typeName: typeName)
        it.nextFn = next
        return it
    }

    /// The next value, or nil when exhausted.
    @inline(__always)
    func next(vm: VM) throws -> Value? {
        switch mode {
        case .range:
            let i = index
            if step > 0 ? i >= stop : i <= stop { mode = .exhausted; return nil }
            index = i &+ step
            return .int(i)
        case .list:
            let l = unsafeDowncast(target!, to: PyList.self)
            if index < l.items.count {
                let v = l.items[index]
                index += 1
                return v
            }
            mode = .exhausted
            target = nil
            return nil
        case .tuple:
            if index < items.count {
                let v = items[index]
                index += 1
                return v
            }
            mode = .exhausted
            return nil
        case .str:
            let s = unsafeDowncast(target!, to: PyStr.self)
            let sc = s.scalars
            if index < sc.count {
                let c = sc[index]
                index += 1
                return .object(StringCache.char(c))
            }
            mode = .exhausted
            return nil
        case .dictKeys, .dictValues, .dictItems:
            let d = unsafeDowncast(target!, to: PyDict.self)
            if d.version != version { mode = .exhausted; throw PyError.runtimeError("dictionary changed size during iteration") }
            while index < d.slotCount {
                let i = index
                index += 1
                if let e = d.entry(at: i) {
                    switch mode {
                    case .dictKeys: return e.key
                    case .dictValues: return e.value
                    default: return .object(PyTuple([e.key, e.value]))
                    }
                }
            }
            mode = .exhausted
            return nil
        case .set:
            let s = unsafeDowncast(target!, to: PySet.self)
            if s.version != version { mode = .exhausted; throw PyError.runtimeError("Set changed size during iteration") }
            while index < s.slotCount {
                let i = index
                index += 1
                if let v = s.slot(at: i) { return v }
            }
            mode = .exhausted
            return nil
        case .native:
            // A native iterator over a native iterator recurses in Swift
            // (200,000 nested map()s overflowed the stack; they segfault
            // CPython). A level takes little stack, so the limit is far
            // above execute()'s: CPython pulls through 20,000 nested maps.
            vm.iteratorDepth += 1
            defer { vm.iteratorDepth -= 1 }
            if vm.iteratorDepth > VM.maxIteratorDepth {
                throw PyError(BuiltinTypes.RecursionError, "maximum recursion depth exceeded")
            }
            if let v = try nextFn!(vm) { return v }
            if asksAgain { return nil }
            mode = .exhausted
            nextFn = nil
            return nil
        case .exhausted:
            return nil
        }
    }
}

/// One-character strings are shared, as CPython caches latin-1 characters.
enum StringCache {
    nonisolated(unsafe) static var latin1: [PyStr] = (0..<256).map { PyStr(String(Unicode.Scalar(UInt8($0)))) }
    static func char(_ c: Unicode.Scalar) -> PyStr {
        if c.value < 256 { return latin1[Int(c.value)] }
        return PyStr(String(c))
    }
    static let empty = PyStr("")
}

/// A generator: a suspended frame resumed by next()/send(). Coroutines and
/// async generators are the same machine (flavor); they are not iterators,
/// so their kind is `.other` and the generator fast paths pass them by.
public final class PyGenerator: PyTrackedObject {
    /// A var only so the cycle collector can ask whether the generator alone holds it.
    public private(set) var frame: Frame
    public enum State { case created, suspended, running, finished }
    public enum Flavor { case generator, coroutine, asyncGenerator }
    public var state: State = .created
    public let name: String
    public let qualname: String
    public let flavor: Flavor
    /// A coroutine someone awaited (or sent into): no "never awaited" warning.
    public var wasAwaited = false
    public init(frame: Frame, name: String, qualname: String, flavor: Flavor = .generator) {
        self.frame = frame
        self.name = name
        self.qualname = qualname
        self.flavor = flavor
        super.init(kind: flavor == .generator ? .generator : .other)
    }
    deinit {
        // frame.generator is unowned: it must not outlive the generator.
        frame.generator = nil
        // Finalization.swift: abandoned while suspended, it is closed (its
        // finally blocks run); a coroutine never awaited is reported.
        switch state {
        case .suspended:
            if flavor != .asyncGenerator {
                Finalization.enqueue(.close(frame, name: name, qualname: qualname, flavor: flavor))
            }
        case .created:
            if flavor == .coroutine && !wasAwaited { Finalization.enqueue(.neverAwaited(qualname: qualname)) }
        default:
            break
        }
    }

    /// Whether nothing but this generator holds its frame (GC/Traversal.swift).
    func ownsFrameAlone() -> Bool { isKnownUniquelyReferenced(&frame) }

    public override var pyType: PyType {
        switch flavor {
        case .generator: return BuiltinTypes.generator
        case .coroutine: return BuiltinTypes.coroutine
        case .asyncGenerator: return BuiltinTypes.asyncGenerator
        }
    }
}
