// Formal parameters of `def` and `lambda`. Both follow the same grammar; a
// lambda has no annotations and its list ends at ':' instead of ')'.

/// One parameter with its default, if any.
struct ParameterWithDefault {
    var arg: Arg
    var value: Expr?
}

/// What follows `*`: the varargs, keyword-only parameters and `**kwargs`.
struct StarParameters {
    var vararg: Arg?
    var kwonly: [ParameterWithDefault] = []
    var kwarg: Arg?
}

extension PEGParser {
    // params: invalid_parameters | parameters
    mutating func params() throws -> Arguments? {
        try parameterList(lambda: false)
    }

    // lambda_params: invalid_lambda_parameters | lambda_parameters
    mutating func lambdaParams() throws -> Arguments? {
        try parameterList(lambda: true)
    }

    mutating func parameterList(lambda: Bool) throws -> Arguments? {
        let start = mark
        if callInvalidRules {
            try invalidParameters(lambda: lambda)
            mark = start
        }
        return try parameters(lambda: lambda)
    }

    // parameters:
    //   | slash_no_default param_no_default* param_with_default* [star_etc]
    //   | slash_with_default param_with_default* [star_etc]
    //   | param_no_default+ param_with_default* [star_etc]
    //   | param_with_default+ [star_etc]
    //   | star_etc
    mutating func parameters(lambda: Bool) throws -> Arguments? {
        let start = mark
        if let posonly = try slashNoDefault(lambda: lambda) {
            let plain = try repeated { p in try p.paramNoDefault(lambda: lambda) }
            let withDefaults = try repeated { p in try p.paramWithDefault(lambda: lambda) }
            let star = try starEtc(lambda: lambda)
            return makeArguments(posonly: posonly, plain: plain, withDefaults: withDefaults, star: star)
        }
        mark = start
        if let slash = try slashWithDefault(lambda: lambda) {
            let withDefaults = try repeated { p in try p.paramWithDefault(lambda: lambda) }
            let star = try starEtc(lambda: lambda)
            return makeArguments(posonly: slash.plain + slash.withDefaults.map(\.arg),
                                 posonlyDefaults: slash.withDefaults.compactMap(\.value),
                                 plain: [], withDefaults: withDefaults, star: star)
        }
        mark = start
        let plain = try repeated { p in try p.paramNoDefault(lambda: lambda) }
        if !plain.isEmpty {
            let withDefaults = try repeated { p in try p.paramWithDefault(lambda: lambda) }
            let star = try starEtc(lambda: lambda)
            return makeArguments(posonly: [], plain: plain, withDefaults: withDefaults, star: star)
        }
        let withDefaults = try repeated { p in try p.paramWithDefault(lambda: lambda) }
        if !withDefaults.isEmpty {
            let star = try starEtc(lambda: lambda)
            return makeArguments(posonly: [], plain: [], withDefaults: withDefaults, star: star)
        }
        if let star = try starEtc(lambda: lambda) {
            return makeArguments(posonly: [], plain: [], withDefaults: [], star: star)
        }
        mark = start
        return nil
    }

    func makeArguments(posonly: [Arg], posonlyDefaults: [Expr] = [], plain: [Arg],
                       withDefaults: [ParameterWithDefault], star: StarParameters?) -> Arguments {
        Arguments(posonly: posonly,
                  args: plain + withDefaults.map(\.arg),
                  vararg: star?.vararg,
                  kwonly: star?.kwonly.map(\.arg) ?? [],
                  kwDefaults: star?.kwonly.map(\.value) ?? [],
                  kwarg: star?.kwarg,
                  defaults: posonlyDefaults + withDefaults.compactMap(\.value))
    }

    /// Zero or more matches of `item`.
    mutating func repeated<T>(_ item: (inout PEGParser) throws -> T?) throws -> [T] {
        var result: [T] = []
        while let next = try item(&self) {
            result.append(next)
        }
        return result
    }

    /// `,` or, without consuming it, the end of the list.
    mutating func parameterEnd(lambda: Bool) throws -> Bool {
        if try accept(",") { return true }
        return try check(lambda ? ":" : ")")
    }

    // slash_no_default: param_no_default+ '/' ',' | param_no_default+ '/' &')'
    mutating func slashNoDefault(lambda: Bool) throws -> [Arg]? {
        let start = mark
        let plain = try repeated { p in try p.paramNoDefault(lambda: lambda) }
        if !plain.isEmpty, try accept("/"), try parameterEnd(lambda: lambda) { return plain }
        mark = start
        return nil
    }

    // slash_with_default: param_no_default* param_with_default+ '/' (',' | &')')
    mutating func slashWithDefault(lambda: Bool) throws -> (plain: [Arg], withDefaults: [ParameterWithDefault])? {
        let start = mark
        let plain = try repeated { p in try p.paramNoDefault(lambda: lambda) }
        let withDefaults = try repeated { p in try p.paramWithDefault(lambda: lambda) }
        if !withDefaults.isEmpty, try accept("/"), try parameterEnd(lambda: lambda) {
            return (plain, withDefaults)
        }
        mark = start
        return nil
    }

    // star_etc: invalid_star_etc
    //   | '*' param_no_default param_maybe_default* [kwds]
    //   | '*' param_no_default_star_annotation param_maybe_default* [kwds]
    //   | '*' ',' param_maybe_default+ [kwds]
    //   | kwds
    mutating func starEtc(lambda: Bool) throws -> StarParameters? {
        let start = mark
        if callInvalidRules {
            try invalidStarEtc(lambda: lambda)
            mark = start
        }
        if try accept("*") {
            let afterStar = mark
            var vararg = try paramNoDefault(lambda: lambda)
            if vararg == nil && !lambda {
                mark = afterStar
                vararg = try paramNoDefaultStarAnnotation()
            }
            if let vararg {
                let kwonly = try repeated { p in try p.paramMaybeDefault(lambda: lambda) }
                let kwarg = try kwds(lambda: lambda)
                return StarParameters(vararg: vararg, kwonly: kwonly, kwarg: kwarg)
            }
            mark = afterStar
            if try accept(",") {
                let kwonly = try repeated { p in try p.paramMaybeDefault(lambda: lambda) }
                if !kwonly.isEmpty {
                    let kwarg = try kwds(lambda: lambda)
                    return StarParameters(vararg: nil, kwonly: kwonly, kwarg: kwarg)
                }
            }
            mark = start
        }
        if let kwarg = try kwds(lambda: lambda) {
            return StarParameters(vararg: nil, kwonly: [], kwarg: kwarg)
        }
        mark = start
        return nil
    }

    // kwds: invalid_kwds | '**' param_no_default
    mutating func kwds(lambda: Bool) throws -> Arg? {
        let start = mark
        if callInvalidRules {
            try invalidKwds(lambda: lambda)
            mark = start
        }
        if try accept("**"), let kwarg = try paramNoDefault(lambda: lambda) { return kwarg }
        mark = start
        return nil
    }

    // param_no_default: param ',' | param &')'
    mutating func paramNoDefault(lambda: Bool) throws -> Arg? {
        let start = mark
        if let arg = try param(lambda: lambda), try parameterEnd(lambda: lambda) { return arg }
        mark = start
        return nil
    }

    // param_no_default_star_annotation: NAME ':' star_expression (',' | &')')
    mutating func paramNoDefaultStarAnnotation() throws -> Arg? {
        let start = mark
        if let paramName = try name(), try accept(":"), let annotation = try starExpression() {
            let arg = Arg(name: paramName.text, annotation: annotation, range: range(from: start))
            if try parameterEnd(lambda: false) { return arg }
        }
        mark = start
        return nil
    }

    // param_with_default: param default ',' | param default &')'
    mutating func paramWithDefault(lambda: Bool) throws -> ParameterWithDefault? {
        let start = mark
        if let arg = try param(lambda: lambda), let value = try defaultValue(),
           try parameterEnd(lambda: lambda) {
            return ParameterWithDefault(arg: arg, value: value)
        }
        mark = start
        return nil
    }

    // param_maybe_default: param default? ',' | param default? &')'
    mutating func paramMaybeDefault(lambda: Bool) throws -> ParameterWithDefault? {
        let start = mark
        if let arg = try param(lambda: lambda) {
            let value = try defaultValue()
            if try parameterEnd(lambda: lambda) { return ParameterWithDefault(arg: arg, value: value) }
        }
        mark = start
        return nil
    }

    // param: NAME annotation?   (lambda_param: NAME)
    mutating func param(lambda: Bool) throws -> Arg? {
        let start = mark
        guard let paramName = try name() else { return nil }
        var annotation: Expr? = nil
        if !lambda {
            let afterName = mark
            if try accept(":"), let value = try expression() {
                annotation = value
            } else {
                mark = afterName
            }
        }
        return Arg(name: paramName.text, annotation: annotation, range: range(from: start))
    }

    // default: '=' expression | invalid_default
    mutating func defaultValue() throws -> Expr? {
        let start = mark
        if try accept("="), let value = try expression() { return value }
        mark = start
        if callInvalidRules, let equals = try expect("="), try check(")") || check(",") {
            throw errorKnownLocation(equals, "expected default value expression")
        }
        mark = start
        return nil
    }
}
