// itertools.count, cycle and repeat: the infinite iterators.

extension Itertools {
    /// PyNumber_Check: what count() accepts as start and step.
    static func isNumber(_ vm: VM, _ v: Value) -> Bool {
        switch v {
        case .int, .float, .bool: return true
        case .none: return false
        case .object(let o):
            if o.kind == .bigInt || o.kind == .complex || o.kind == .boxedFloat { return true }
            let t = o.pyType
            return t.lookup("__index__") != nil || t.lookup("__int__") != nil || t.lookup("__float__") != nil
                || t.lookup("__complex__") != nil
        }
    }

    /// An int (or int subclass) that fits in an Int: count's fast mode.
    static func smallInt(_ v: Value) -> Int? {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .object(let o) where o.kind == .bigInt: return unsafeDowncast(o, to: PyInt.self).value.asInt
        default: return nil
        }
    }

    static let count: PyType = {
        let t = makeType("count", doc: "Return a count object whose .__next__() method returns consecutive values.") { vm, cls, args, kw in
            let a = try bind("count", args, kw, ["start", "step"], required: 0)
            let start = a[0] ?? .int(0), step = a[1] ?? .int(1)
            if !isNumber(vm, start) || !isNumber(vm, step) { throw PyError.typeError("a number is required") }
            // CPython's fast mode: an int start that fits and a step of int 1
            // count in a machine int (yielding plain ints); else start + step.
            let stepIsOne = smallInt(step) == 1
            var fast: Int? = stepIsOne ? smallInt(start) : nil
            var current = start
            let it = PyIterator.native("itertools.count") { vm in
                if let n = fast {
                    if n < Int.max { fast = n + 1; return .int(n) }
                    fast = nil
                    current = .int(n)
                }
                let v = current
                current = try vm.binaryOperation(current, step, .add)
                return v
            }
            it.reprFn = { vm, name in
                // At sys.maxsize in fast mode CPython prints its NULL long.
                if let n = fast { return n == Int.max ? "\(name)(<NULL>)" : "\(name)(\(n))" }
                if stepIsOne, case .int = step { return "\(name)(\(try vm.repr(current)))" }
                if stepIsOne, case .object(let o) = step, o.kind == .bigInt { return "\(name)(\(try vm.repr(current)))" }
                return "\(name)(\(try vm.repr(current)), \(try vm.repr(step)))"
            }
            return it
        }
        installRepr(t)
        return t
    }()

    static let cycle: PyType = makeType("cycle", doc: "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.") { vm, cls, args, kw in
        try positional("cycle", args, kw, cls, cycle, min: 1, max: 1)
        var source: Value? = try vm.getIterator(args[0])
        var saved: [Value] = []
        var index = 0
        return PyIterator.native("itertools.cycle") { vm in
            if let s = source {
                if let v = try vm.nextValue(s) {
                    saved.append(v)
                    return v
                }
                source = nil
            }
            if saved.isEmpty { return nil }
            let v = saved[index]
            index += 1
            if index >= saved.count { index = 0 }
            return v
        }
    }

    static let repeatType: PyType = {
        let t = makeType("repeat", doc: "repeat(object [,times]) -> create an iterator which returns the object for the specified number of times.  If not specified, returns the object endlessly.") { vm, cls, args, kw in
            let a = try bind("repeat", args, kw, ["object", "times"], required: 1)
            let object = a[0]!
            // The items left; -1: forever.
            let left = Box(-1)
            if let times = a[1] { left.value = Swift.max(try vm.ssizeArg(times), 0) }
            let it = PyIterator.native("itertools.repeat") { _ in
                if left.value == 0 { return nil }
                if left.value > 0 { left.value -= 1 }
                return object
            }
            it.reprFn = { vm, name in
                left.value < 0 ? "\(name)(\(try vm.repr(object)))" : "\(name)(\(try vm.repr(object)), \(left.value))"
            }
            it.state = left
            return it
        }
        installRepr(t)
        method(t, "__length_hint__") { _, _, it in
            let left = (it.state as! Box<Int>).value
            if left < 0 { throw PyError.typeError("len() of unsized object") }
            return .int(left)
        }
        return t
    }()
}

/// A mutable value shared by an iterator's closure and its class's methods.
final class Box<T> {
    var value: T
    init(_ value: T) { self.value = value }
}
