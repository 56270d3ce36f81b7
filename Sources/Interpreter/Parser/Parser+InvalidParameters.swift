// The invalid_* rules for `def` and `lambda` parameter lists (second pass
// only). The lambda variants differ in their wording in a few places.

extension PEGParser {
    // invalid_parameters / invalid_lambda_parameters
    mutating func invalidParameters(lambda: Bool) throws {
        let start = mark
        // '/' ','
        if let slash = try expect("/"), try accept(",") {
            throw errorKnownLocation(slash, "at least one argument must precede /")
        }
        mark = start
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if try slashNoDefault(lambda: lambda) != nil || slashWithDefault(lambda: lambda) != nil {
            _ = try repeated { p in try p.paramMaybeDefault(lambda: lambda) }
            if let slash = try expect("/") {
                throw errorKnownLocation(slash, "/ may appear only once")
            }
        }
        mark = start
        // slash_no_default? param_no_default* invalid_parameters_helper param_no_default
        _ = try slashNoDefault(lambda: lambda)
        _ = try repeated { p in try p.paramNoDefault(lambda: lambda) }
        if try invalidParametersHelper(lambda: lambda), let arg = try paramNoDefault(lambda: lambda) {
            throw errorKnownLocation(arg.range, "parameter without a default follows parameter with a default")
        }
        mark = start
        // param_no_default* '(' param_no_default+ ','? ')'
        // (lambda: lambda_param_no_default* '(' ','.lambda_param+ ','? ')')
        _ = try repeated { p in try p.paramNoDefault(lambda: lambda) }
        if let open = try expect("("), try parenthesizedParameters(lambda: lambda) {
            _ = try expect(",")
            if let close = try expect(")") {
                let what = lambda ? "Lambda expression parameters" : "Function parameters"
                throw errorKnownRange(open.range, close.range, "\(what) cannot be parenthesized")
            }
        }
        mark = start
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
        //   param_maybe_default* '/'
        if try slashNoDefault(lambda: lambda) == nil { _ = try slashWithDefault(lambda: lambda) }
        _ = try repeated { p in try p.paramMaybeDefault(lambda: lambda) }
        if try accept("*"), try accept(",") || paramNoDefault(lambda: lambda) != nil {
            _ = try repeated { p in try p.paramMaybeDefault(lambda: lambda) }
            if let slash = try expect("/") {
                throw errorKnownLocation(slash, "/ must be ahead of *")
            }
        }
        mark = start
        // param_maybe_default+ '/' '*'
        let maybe = try repeated { p in try p.paramMaybeDefault(lambda: lambda) }
        if !maybe.isEmpty, try accept("/"), let star = try expect("*") {
            throw errorKnownLocation(star, "expected comma between / and *")
        }
        mark = start
    }

    /// param_no_default+, or for a lambda ','.lambda_param+
    mutating func parenthesizedParameters(lambda: Bool) throws -> Bool {
        if !lambda {
            return try !repeated { p in try p.paramNoDefault(lambda: false) }.isEmpty
        }
        guard try param(lambda: true) != nil else { return false }
        while true {
            let before = mark
            guard try accept(","), try param(lambda: true) != nil else {
                mark = before
                break
            }
        }
        return true
    }

    // invalid_parameters_helper: slash_with_default | param_with_default+
    mutating func invalidParametersHelper(lambda: Bool) throws -> Bool {
        if try slashWithDefault(lambda: lambda) != nil { return true }
        return try !repeated { p in try p.paramWithDefault(lambda: lambda) }.isEmpty
    }

    // invalid_star_etc / invalid_lambda_star_etc
    mutating func invalidStarEtc(lambda: Bool) throws {
        let start = mark
        let close = lambda ? ":" : ")"
        // '*' (')' | ',' (')' | '**'))
        if let star = try expect("*") {
            var bare = try check(close)
            if !bare, try accept(",") {
                bare = try check(close) || check("**")
            }
            if bare {
                if lambda {
                    _ = try peek()
                    throw errorAtLastToken("named arguments must follow bare *")
                }
                throw errorKnownLocation(star, "named arguments must follow bare *")
            }
        }
        mark = start
        // '*' param '='
        if try accept("*"), try param(lambda: lambda) != nil, let equals = try expect("=") {
            throw errorKnownLocation(equals, "var-positional argument cannot have default value")
        }
        mark = start
        // '*' (param_no_default | ',') param_maybe_default* '*' (param_no_default | ',')
        if try accept("*"), try paramNoDefault(lambda: lambda) != nil || accept(",") {
            _ = try repeated { p in try p.paramMaybeDefault(lambda: lambda) }
            if let second = try expect("*"), try paramNoDefault(lambda: lambda) != nil || accept(",") {
                throw errorKnownLocation(second, "* argument may appear only once")
            }
        }
        mark = start
    }

    // invalid_kwds / invalid_lambda_kwds
    mutating func invalidKwds(lambda: Bool) throws {
        let start = mark
        guard try accept("**"), try param(lambda: lambda) != nil else {
            mark = start
            return
        }
        let afterParam = mark
        if let equals = try expect("=") {
            throw errorKnownLocation(equals, "var-keyword argument cannot have default value")
        }
        mark = afterParam
        if try accept(",") {
            let afterComma = mark
            if let next = try param(lambda: lambda) {
                throw errorKnownLocation(next.range, "arguments cannot follow var-keyword argument")
            }
            mark = afterComma
            for symbol in ["*", "**", "/"] {
                if let token = try expect(symbol) {
                    throw errorKnownLocation(token, "arguments cannot follow var-keyword argument")
                }
            }
        }
        mark = start
    }
}
