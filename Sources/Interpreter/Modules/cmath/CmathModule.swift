// The cmath module: its functions take anything complex() of one number
// takes (PyComplex_AsCComplex) and raise CPython's errors; the math is in
// CmathFunctions.swift.

import Foundation

enum CmathModule {
    static func make(_ vm: VM) -> PyModule {
        let m = PyModule(name: "cmath")
        m.dict["__doc__"] = .str("This module provides access to mathematical functions for complex\nnumbers.")
        m.dict["pi"] = .float(Double.pi)
        m.dict["e"] = .float(M_E)
        m.dict["tau"] = .float(2 * Double.pi)
        m.dict["inf"] = .float(.infinity)
        m.dict["infj"] = .complex(ComplexNumber(0, .infinity))
        m.dict["nan"] = .float(.nan)
        m.dict["nanj"] = .complex(ComplexNumber(0, .nan))

        let unary: [(String, (ComplexNumber) -> Cmath.Result)] = [
            ("acos", Cmath.acos), ("acosh", Cmath.acosh), ("asin", Cmath.asin), ("asinh", Cmath.asinh),
            ("atan", Cmath.atan), ("atanh", Cmath.atanh), ("cos", Cmath.cos), ("cosh", Cmath.cosh),
            ("exp", Cmath.exp), ("log10", Cmath.log10), ("sin", Cmath.sin), ("sinh", Cmath.sinh),
            ("sqrt", Cmath.sqrt), ("tan", Cmath.tan), ("tanh", Cmath.tanh),
        ]
        for (name, f) in unary {
            ModuleFunctions.one(m, name) { vm, v in try result(f(try vm.complexArg(v))) }
        }
        ModuleFunctions.positional(m, "log", min: 1, max: 2) { vm, a in
            var (x, e) = Cmath.log(try vm.complexArg(a[0]))
            if a.count > 1 {
                // As CPython: the base's log decides errno, then the division may set EDOM.
                let (y, ey) = Cmath.log(try vm.complexArg(a[1]))
                e = ey
                if let q = x.dividedOrNil(by: y) { x = q } else { x = ComplexNumber(0, 0); e = .domain }
            }
            return try result((x, e))
        }
        ModuleFunctions.one(m, "phase") { vm, v in
            let z = try vm.complexArg(v)
            // CPython checks errno after atan2: an underflow is "math range error".
            errno = 0
            let phi = atan2(z.im, z.re)
            if errno == ERANGE { throw PyError.overflow("math range error") }
            if errno == EDOM { throw PyError.valueError("math domain error") }
            return .float(phi)
        }
        ModuleFunctions.one(m, "polar") { vm, v in
            let z = try vm.complexArg(v)
            let phi = atan2(z.im, z.re)
            guard let r = z.magnitude else { throw PyError.overflow("math range error") }
            return .object(PyTuple([.float(r), .float(phi)]))
        }
        ModuleFunctions.positional(m, "rect", min: 2, max: 2) { vm, a in
            try result(Cmath.rect(try vm.realArg(a[0]), try vm.realArg(a[1])))
        }
        ModuleFunctions.one(m, "isfinite") { vm, v in
            let z = try vm.complexArg(v)
            return .bool(z.re.isFinite && z.im.isFinite)
        }
        ModuleFunctions.one(m, "isnan") { vm, v in
            let z = try vm.complexArg(v)
            return .bool(z.re.isNaN || z.im.isNaN)
        }
        ModuleFunctions.one(m, "isinf") { vm, v in
            let z = try vm.complexArg(v)
            return .bool(z.re.isInfinite || z.im.isInfinite)
        }
        ModuleFunctions.raw(m, "isclose") { vm, args, kw in try isclose(vm, args, kw) }
        return m
    }

    static func result(_ r: Cmath.Result) throws -> Value {
        switch r.1 {
        case .none: return .complex(r.0)
        case .domain: throw PyError.valueError("math domain error")
        case .range: throw PyError.overflow("math range error")
        }
    }

    /// isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0)
    static func isclose(_ vm: VM, _ args: [Value], _ kw: KwArgs) throws -> Value {
        for (k, _) in kw where !["a", "b", "rel_tol", "abs_tol"].contains(k) {
            throw PyError.typeError("isclose() got an unexpected keyword argument '\(k)'")
        }
        if args.count > 2 { throw PyError.typeError("isclose() takes exactly 2 positional arguments (\(args.count) given)") }
        // Argument Clinic reports a missing argument before one given twice.
        var ab: [Value?] = [args.first, args.count > 1 ? args[1] : nil]
        for (i, k) in ["a", "b"].enumerated() where ab[i] == nil && Args.keyword(kw, k) == nil {
            throw PyError.typeError("isclose() missing required argument '\(k)' (pos \(i + 1))")
        }
        for (i, k) in ["a", "b"].enumerated() {
            if let v = Args.keyword(kw, k) {
                if ab[i] != nil { throw PyError.typeError("argument for isclose() given by name ('\(k)') and position (\(i + 1))") }
                ab[i] = v
            }
        }
        let av = ab[0]!, bv = ab[1]!
        let a = try vm.complexArg(av), b = try vm.complexArg(bv)
        let rel = try Args.keyword(kw, "rel_tol").map { try vm.realArg($0) } ?? 1e-9
        let absTol = try Args.keyword(kw, "abs_tol").map { try vm.realArg($0) } ?? 0.0
        if rel < 0 || absTol < 0 { throw PyError.valueError("tolerances must be non-negative") }
        if a.re == b.re && a.im == b.im { return .bool(true) }
        if a.re.isInfinite || a.im.isInfinite || b.re.isInfinite || b.im.isInfinite { return .bool(false) }
        let diff = (a - b).magnitude ?? .infinity
        let ma = a.magnitude ?? .infinity, mb = b.magnitude ?? .infinity
        return .bool(diff <= rel * mb || diff <= rel * ma || diff <= absTol)
    }
}
