// complex(): the constructor with CPython 3.13's rules and messages
// (complex_new_impl and complex_from_string_inner), and the methods of
// complex: conjugate, __getnewargs__, __complex__, __format__ and the
// operator dunders (which answer NotImplemented to non-numbers).

enum ComplexMethods {
    static func install() {
        let t = BuiltinTypes.complex
        t.constructor = { vm, _, args, kw in try make(vm, args, kw) }
        t.dict["__doc__"] = .str("Create a complex number from a string or numbers.\n\nIf a string is given, parse it as a complex number.\nIf a single number is given, convert it to a complex number.\nIf the 'real' or 'imag' arguments are given, create a complex number\nwith the specified real and imaginary components.")
        Meth.noArgs(t, "conjugate") { _, s in
            let z = value(s)
            return .complex(ComplexNumber(z.re, -z.im))
        }
        Meth.noArgs(t, "__getnewargs__") { _, s in
            let z = value(s)
            return .object(PyTuple([.float(z.re), .float(z.im)]))
        }
        Meth.noArgs(t, "__complex__") { _, s in .complex(value(s)) }
        Meth.oneArg(t, "__format__") { vm, s, spec in
            guard case .object(let o) = spec, o.kind == .str else {
                throw PyError.typeError("complex.__format__() argument must be str, not \(vm.typeOf(spec).name)")
            }
            return try vm.format(s, spec: vm.strValue(spec))
        }
        Meth.noArgs(t, "__repr__") { _, s in .str(value(s).repr) }
        Meth.noArgs(t, "__hash__") { vm, s in .int(vm.complexHash(s.asObject!)) }
        Meth.noArgs(t, "__bool__") { vm, s in .bool(try vm.isTruthy(s)) }
        Meth.noArgs(t, "__neg__") { vm, s in try vm.negate(s) }
        Meth.noArgs(t, "__pos__") { vm, s in try vm.unaryPlus(s) }
        Meth.noArgs(t, "__abs__") { vm, s in try vm.complexAbs(value(s)) }
        let binary: [(String, BinaryOperator, Bool)] = [
            ("__add__", .add, false), ("__radd__", .add, true), ("__sub__", .sub, false), ("__rsub__", .sub, true),
            ("__mul__", .mult, false), ("__rmul__", .mult, true), ("__truediv__", .div, false),
            ("__rtruediv__", .div, true),
        ]
        for (name, op, reflected) in binary {
            Meth.oneArg(t, name) { vm, s, other in
                guard try vm.complexOperand(other) != nil else { return .object(BuiltinTypes.notImplemented) }
                let a = vm.baseValue(s), b = vm.baseValue(other)
                return try reflected ? vm.binaryOperation(b, a, op) : vm.binaryOperation(a, b, op)
            }
        }
        Meth.positional(t, "__pow__", min: 1, max: 2) { vm, s, a in
            if a.count > 1 && !a[1].isNone { throw PyError.valueError("complex modulo") }
            guard try vm.complexOperand(a[0]) != nil else { return .object(BuiltinTypes.notImplemented) }
            return try vm.binaryOperation(s, a[0], .pow)
        }
        Meth.positional(t, "__rpow__", min: 1, max: 2) { vm, s, a in
            if a.count > 1 && !a[1].isNone { throw PyError.valueError("complex modulo") }
            guard try vm.complexOperand(a[0]) != nil else { return .object(BuiltinTypes.notImplemented) }
            return try vm.binaryOperation(a[0], s, .pow)
        }
        for (name, op) in [("__eq__", CompareOperator.eq), ("__ne__", .notEq), ("__lt__", .lt), ("__le__", .ltE),
                           ("__gt__", .gt), ("__ge__", .gtE)] {
            Meth.oneArg(t, name) { vm, s, other in
                guard op == .eq || op == .notEq, let r = try vm.complexCompare(s, other, op) else {
                    return .object(BuiltinTypes.notImplemented)
                }
                return .bool(r)
            }
        }
    }

    static func value(_ v: Value) -> ComplexNumber { unsafeDowncast(v.asObject!, to: PyComplex.self).value }

    /// complex(real=0, imag=0) and complex(string).
    static func make(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        if args.count > 2 { throw PyError.typeError("complex() takes at most 2 arguments (\(args.count) given)") }
        var real: Value? = args.first, imag: Value? = args.count > 1 ? args[1] : nil
        for (k, v) in kw {
            switch k {
            case "real":
                if real != nil { throw PyError.typeError("argument for complex() given by name ('real') and position (1)") }
                real = v
            case "imag":
                if imag != nil { throw PyError.typeError("argument for complex() given by name ('imag') and position (2)") }
                imag = v
            default: throw PyError.typeError("complex() got an unexpected keyword argument '\(k)'")
            }
        }
        var r = real ?? .int(0)
        if imag == nil, case .object(let o) = r, o.kind == .complex { return r }
        if case .object(let o) = r, o.kind == .str {
            if imag != nil { throw PyError.typeError("complex() can't take second arg if first is a string") }
            return .complex(try vm.libCall { try parseComplex(unsafeDowncast(o, to: PyStr.self).value) })
        }
        if let i = imag, case .object(let o) = i, o.kind == .str {
            throw PyError.typeError("complex() second arg can't be a string")
        }
        // __complex__ first, then anything with __float__ or __index__.
        if case .object(let o) = r, o.kind == .instance, let f = o.pyType.lookup("__complex__") {
            let res = try vm.call(try vm.bindIfFunction(f, to: r, type: o.pyType), [])
            guard case .object(let ro) = res, ro.kind == .complex else {
                throw PyError.typeError("__complex__ returned non-complex (type \(vm.typeOf(res).name))")
            }
            r = res
        }
        guard isNumberLike(vm, r) else {
            throw PyError.typeError("complex() first argument must be a string or a number, not '\(vm.typeOf(r).name)'")
        }
        if let i = imag, !isNumberLike(vm, i) {
            throw PyError.typeError("complex() second argument must be a number, not '\(vm.typeOf(i).name)'")
        }
        var cr: ComplexNumber, ci: ComplexNumber
        let rIsComplex = vm.isComplexValue(r)
        cr = rIsComplex ? value(r) : ComplexNumber(try floatValue(vm, r), 0)
        var iIsComplex = false
        if let i = imag {
            iIsComplex = vm.isComplexValue(i)
            ci = iIsComplex ? value(i) : ComplexNumber(try floatValue(vm, i), 0)
        } else {
            ci = ComplexNumber(cr.im, 0)
        }
        if iIsComplex { cr.re -= ci.im }
        if rIsComplex && imag != nil { ci.re += cr.im }
        return .complex(ComplexNumber(cr.re, ci.re))
    }

    /// Has nb_float or nb_index, or is a complex.
    static func isNumberLike(_ vm: VM, _ v: Value) -> Bool {
        switch v {
        case .int, .bool, .float: return true
        case .none: return false
        case .object(let o):
            if o.kind == .bigInt || o.kind == .complex { return true }
            if o.kind == .instance { return o.pyType.lookup("__float__") != nil || o.pyType.lookup("__index__") != nil }
            return false
        }
    }

    /// PyNumber_Float of a real number argument.
    static func floatValue(_ vm: VM, _ v: Value) throws -> Double {
        if case .object(let o) = v, o.kind == .instance {
            let t = o.pyType
            if let f = t.lookup("__float__") {
                let r = try vm.call(try vm.bindIfFunction(f, to: v, type: t), [])
                guard case .float(let d) = r else {
                    throw PyError.typeError("\(t.name).__float__ returned non-float (type \(vm.typeOf(r).name))")
                }
                return d
            }
        }
        return try vm.realArg(v)
    }
}

/// complex_from_string_inner: "<float>", "<float>j", "<float><signed float>j",
/// and the old forms "<float><sign>j", "<sign>j", "j"; optional parentheses
/// and surrounding whitespace; '_' only between digits.
func parseComplex(_ text: String) throws -> ComplexNumber {
    let fail = PyLibError.value("complex() arg is a malformed string")
    var s: [UInt8] = []
    for c in text.unicodeScalars {
        if pyIsSpace(c) {
            s.append(UInt8(ascii: " "))
        } else if c.isASCII {
            s.append(UInt8(c.value))
        } else if let d = pyDecimalValue(c) {
            s.append(UInt8(ascii: "0") + UInt8(d))
        } else {
            throw fail
        }
    }
    if s.contains(UInt8(ascii: "_")) {
        // _Py_string_to_number_with_underscores, with its own message.
        let bad = PyLibError.value("could not convert string to complex: \(pyStringRepr(text))")
        var cleaned: [UInt8] = []
        var prev: UInt8 = 0
        for c in s {
            if c == UInt8(ascii: "_") {
                if !isASCIIDigit(prev) { throw bad }
            } else {
                if prev == UInt8(ascii: "_") && !isASCIIDigit(c) { throw bad }
                cleaned.append(c)
            }
            prev = c
        }
        if prev == UInt8(ascii: "_") { throw bad }
        s = cleaned
    }
    var pos = 0
    func at(_ k: Int) -> UInt8 { k < s.count ? s[k] : 0 }
    func skipSpaces() { while at(pos) == UInt8(ascii: " ") { pos += 1 } }
    func isJ(_ c: UInt8) -> Bool { c == UInt8(ascii: "j") || c == UInt8(ascii: "J") }
    skipSpaces()
    var bracket = false
    if at(pos) == UInt8(ascii: "(") {
        bracket = true
        pos += 1
        skipSpaces()
    }
    var x = 0.0, y = 0.0
    if let (z, end) = floatPrefix(s, pos) {
        pos = end
        let c = at(pos)
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            x = z
            if let (w, end2) = floatPrefix(s, pos) {
                y = w
                pos = end2
            } else {
                y = c == UInt8(ascii: "+") ? 1 : -1
                pos += 1
            }
            guard isJ(at(pos)) else { throw fail }
            pos += 1
        } else if isJ(c) {
            pos += 1
            y = z
        } else {
            x = z
        }
    } else {
        let c = at(pos)
        if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") {
            y = c == UInt8(ascii: "+") ? 1 : -1
            pos += 1
        } else {
            y = 1
        }
        guard isJ(at(pos)) else { throw fail }
        pos += 1
    }
    skipSpaces()
    if bracket {
        guard at(pos) == UInt8(ascii: ")") else { throw fail }
        pos += 1
        skipSpaces()
    }
    guard pos == s.count else { throw fail }
    return ComplexNumber(x, y)
}

private func isASCIIDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

/// The longest float at `start` as PyOS_string_to_double reads one
/// (sign, digits with an optional point and exponent, inf, infinity, nan),
/// with its end; nil when there is none.
private func floatPrefix(_ s: [UInt8], _ start: Int) -> (Double, Int)? {
    var i = start
    func at(_ k: Int) -> UInt8 { k < s.count ? s[k] | (s[k] >= 65 && s[k] <= 90 ? 0x20 : 0) : 0 }
    var negative = false
    if at(i) == UInt8(ascii: "+") || at(i) == UInt8(ascii: "-") {
        negative = at(i) == UInt8(ascii: "-")
        i += 1
    }
    func matches(_ word: String, _ k: Int) -> Bool {
        var j = k
        for c in word.utf8 {
            if at(j) != c { return false }
            j += 1
        }
        return true
    }
    if matches("infinity", i) { return (negative ? -.infinity : .infinity, i + 8) }
    if matches("inf", i) { return (negative ? -.infinity : .infinity, i + 3) }
    if matches("nan", i) { return (negative ? -.nan : .nan, i + 3) }
    let mantissaStart = i
    var digits = 0
    while isASCIIDigit(at(i)) { i += 1; digits += 1 }
    if at(i) == UInt8(ascii: ".") {
        i += 1
        while isASCIIDigit(at(i)) { i += 1; digits += 1 }
    }
    if digits == 0 { return nil }
    if at(i) == UInt8(ascii: "e") {
        var j = i + 1
        if at(j) == UInt8(ascii: "+") || at(j) == UInt8(ascii: "-") { j += 1 }
        if isASCIIDigit(at(j)) {
            while isASCIIDigit(at(j)) { j += 1 }
            i = j
        }
    }
    guard let v = Double(String(decoding: s[mantissaStart..<i], as: UTF8.self)) else { return nil }
    return (negative ? -v : v, i)
}
