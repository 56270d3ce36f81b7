// Primaries and atoms: attribute access, calls, subscripts and slices on
// top of names, literals, bracketed displays and lambdas.

extension PEGParser {
    // await_primary (memo): 'await' primary | primary
    mutating func awaitPrimary() throws -> Expr? {
        let start = mark
        if let awaitToken = try expect("await") {
            _ = awaitToken
            if let value = try primary() {
                let awaited = Expr(.await(value), range(from: start))
                awaitRanges.insert(awaited.range)
                return awaited
            }
            mark = start
        }
        return try primary()
    }

    // primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')'
    //        | primary '[' slices ']' | atom
    mutating func primary() throws -> Expr? {
        try memoized(.primary) { p in
            let start = p.mark
            guard var result = try p.atom() else { return nil }
            var length = 0
            while let extended = try p.primaryTrailer(result, start: start) {
                result = extended
                length += 1
                try p.checkChain(length)
            }
            return result
        }
    }

    /// One `.name`, call or subscript applied to `base`, or nil. The
    /// alternatives are tried in the grammar's order; for targets
    /// (t_primary) a subscript comes before a generator argument. In the
    /// second pass genexp also tries invalid_comprehension, which looks
    /// past '[' and '{' too.
    mutating func primaryTrailer(_ base: Expr, start: Int, forTarget: Bool = false) throws -> Expr? {
        let before = mark
        if try accept("."), let attribute = try name() {
            return Expr(.attribute(base, attribute.text), range(from: start))
        }
        mark = before
        if forTarget, let indexed = try subscriptTrailer(base, start: start) { return indexed }
        if try checkKind(.op) && (token(at: mark).text == "(" || callInvalidRules), let generator = try genexp() {
            return Expr(.call(func: base, args: [generator], keywords: []), range(from: start))
        }
        mark = before
        if try accept("(") {
            let arguments = try self.arguments() ?? CallArguments()
            if try accept(")") {
                return Expr(.call(func: base, args: arguments.args, keywords: arguments.keywords),
                            range(from: start))
            }
        }
        mark = before
        if !forTarget, let indexed = try subscriptTrailer(base, start: start) { return indexed }
        return nil
    }

    /// '[' slices ']'
    mutating func subscriptTrailer(_ base: Expr, start: Int) throws -> Expr? {
        let before = mark
        if try accept("["), let index = try slices(), try accept("]") {
            return Expr(.subscript(base, index), range(from: start))
        }
        mark = before
        return nil
    }

    // slices: slice !',' | ','.(slice | starred_expression)+ [',']
    mutating func slices() throws -> Expr? {
        let start = mark
        if let single = try slice(), try !check(",") { return single }
        mark = start
        func item(_ p: inout PEGParser) throws -> Expr? {
            if let s = try p.slice() { return s }
            return try p.starredExpression()
        }
        guard let first = try item(&self) else {
            mark = start
            return nil
        }
        var items = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try item(&self) else {
                mark = before
                break
            }
            items.append(next)
        }
        _ = try expect(",")
        return Expr(.tuple(items), range(from: start))
    }

    // slice: [expression] ':' [expression] [':' [expression]] | named_expression
    mutating func slice() throws -> Expr? {
        let start = mark
        let lower = try expression()
        if try accept(":") {
            let upper = try expression()
            var step: Expr? = nil
            if try accept(":") { step = try expression() }
            return Expr(.slice(lower: lower, upper: upper, step: step), range(from: start))
        }
        mark = start
        return try namedExpression()
    }

    // MARK: - Atoms

    // atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER
    //     | (tuple | group | genexp) | (list | listcomp)
    //     | (dict | set | dictcomp | setcomp) | '...'
    mutating func atom() throws -> Expr? {
        let token = try peek()
        switch token.kind {
        case .name:
            mark += 1
            return Expr(.name(token.text), token.range)
        case .keyword:
            let value: Constant
            switch token.text {
            case "True": value = .true
            case "False": value = .false
            case "None": value = .none
            default: return nil
            }
            mark += 1
            return Expr(.constant(value), token.range)
        case .string, .fstringStart:
            return try strings()
        case .number:
            mark += 1
            return Expr(.constant(try numberLiteral(token)), token.range)
        case .op:
            switch token.text {
            case "(":
                if let tuple = try tuple() { return tuple }
                if let group = try group() { return group }
                return try genexp()
            case "[":
                if let list = try list() { return list }
                return try listcomp()
            case "{":
                if let dict = try dict() { return dict }
                if let set = try set() { return set }
                if let dictcomp = try dictcomp() { return dictcomp }
                return try setcomp()
            case "...":
                mark += 1
                return Expr(.constant(.ellipsis), token.range)
            default:
                return nil
            }
        default:
            return nil
        }
    }

    // lambdef: 'lambda' [lambda_params] ':' expression
    mutating func lambdef() throws -> Expr? {
        let start = mark
        guard let keyword = try expect("lambda") else { return nil }
        let parameters = try lambdaParams() ?? .empty
        try enter()  // CPython's parser spends two levels on each nested lambda
        defer { leave() }
        guard try accept(":"), let body = try expression() else {
            mark = start
            return nil
        }
        let lambda = Lambda(scopeID: scopeMarker(keyword), args: parameters, body: body)
        return Expr(.lambda(lambda), range(from: start))
    }

    /// A provisional scope ID: the opening token's offset. ScopeNumbering
    /// replaces it with consecutive IDs in source order.
    func scopeMarker(_ token: Token) -> Int {
        token.startOffset + 1
    }
}
