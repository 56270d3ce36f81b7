// Binding the arguments of a function CPython parses with Argument Clinic or
// PyArg_ParseTupleAndKeywords (itertools' classes, bisect, pow), with their
// messages: "pow() missing required argument 'exp' (pos 2)", "accumulate()
// takes at most 2 positional arguments (3 given)", "argument for X() given by
// name ('a') and position (1)".

enum ClinicArgs {
    /// One slot per parameter
    /// (the last `kwOnly` of them keyword-only), nil when not given.
    static func bind(_ name: String, _ args: [Value], _ kw: KwArgs, _ params: [String],
                     required: Int, kwOnly: Int = 0) throws -> [Value?] {
        let positional = params.count - kwOnly
        func plural(_ n: Int) -> String { n == 1 ? "" : "s" }
        if args.count > positional {
            if kwOnly > 0 {
                let how = required == positional ? "exactly" : "at most"
                throw PyError.typeError("\(name)() takes \(how) \(positional) positional argument\(plural(positional)) (\(args.count) given)")
            }
            throw PyError.typeError("\(name)() takes at most \(positional) argument\(plural(positional)) (\(args.count) given)")
        }
        let total = args.count + kw.count
        if total > params.count {
            let what = args.isEmpty ? "keyword argument" : "argument"
            throw PyError.typeError("\(name)() takes at most \(params.count) \(what)\(plural(params.count)) (\(total) given)")
        }
        var out = [Value?](repeating: nil, count: params.count)
        for (i, a) in args.enumerated() { out[i] = a }
        if args.count < params.count {
            for i in args.count..<params.count {
                if let v = kw.first(where: { $0.0 == params[i] })?.1 { out[i] = v } else if i < required {
                    throw PyError.typeError("\(name)() missing required argument '\(params[i])' (pos \(i + 1))")
                }
            }
        }
        for (k, _) in kw {
            guard let i = params.firstIndex(of: k) else {
                throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
            if i < args.count { throw PyError.typeError("argument for \(name)() given by name ('\(k)') and position (\(i + 1))") }
        }
        return out
    }
}
