// Assignment and deletion targets. `t_primary` is a primary that is followed
// by one more trailer, so that `a.b.c = x` parses `a.b` as t_primary and
// `.c` as the attribute being assigned.

extension PEGParser {
    // star_targets: star_target !',' | star_target (',' star_target)* [',']
    mutating func starTargets() throws -> Expr? {
        let start = mark
        guard let first = try starTarget() else { return nil }
        if try !check(",") { return first }
        var items = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try starTarget() else {
                mark = before
                break
            }
            items.append(next)
        }
        _ = try expect(",")
        return Expr(.tuple(items), range(from: start))
    }

    // star_targets_list_seq: ','.star_target+ [',']
    mutating func starTargetsListSeq() throws -> [Expr]? {
        guard let first = try starTarget() else { return nil }
        var items = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try starTarget() else {
                mark = before
                break
            }
            items.append(next)
        }
        _ = try expect(",")
        return items
    }

    // star_targets_tuple_seq: star_target (',' star_target)+ [','] | star_target ','
    mutating func starTargetsTupleSeq() throws -> [Expr]? {
        let start = mark
        guard let first = try starTarget() else { return nil }
        var items = [first]
        var sawComma = false
        while true {
            guard try accept(",") else { break }
            sawComma = true
            guard let next = try starTarget() else { break }
            items.append(next)
        }
        if !sawComma {
            mark = start
            return nil
        }
        return items
    }

    // star_target (memo): '*' (!'*' star_target) | target_with_star_atom
    mutating func starTarget() throws -> Expr? {
        try enter()
        defer { leave() }
        return try memoized(.starTarget) { p in
            let start = p.mark
            if try p.accept("*") {
                if try !p.check("*"), let inner = try p.starTarget() {
                    return Expr(.starred(inner), p.range(from: start))
                }
                p.mark = start
                return nil
            }
            return try p.targetWithStarAtom()
        }
    }

    // target_with_star_atom (memo): t_primary '.' NAME !t_lookahead
    //   | t_primary '[' slices ']' !t_lookahead | star_atom
    mutating func targetWithStarAtom() throws -> Expr? {
        try memoized(.targetWithStarAtom) { p in
            if let target = try p.subscriptOrAttributeTarget() { return target }
            return try p.starAtom()
        }
    }

    // star_atom: NAME | '(' target_with_star_atom ')' | '(' [star_targets_tuple_seq] ')'
    //          | '[' [star_targets_list_seq] ']'
    mutating func starAtom() throws -> Expr? {
        let start = mark
        if let target = try name() { return Expr(.name(target.text), target.range) }
        if try accept("(") {
            if let inner = try targetWithStarAtom(), try accept(")") { return inner }
            mark = start + 1
            let items = try starTargetsTupleSeq() ?? []
            if try accept(")") { return Expr(.tuple(items), range(from: start)) }
            mark = start
            return nil
        }
        if try accept("[") {
            let items = try starTargetsListSeq() ?? []
            if try accept("]") { return Expr(.list(items), range(from: start)) }
        }
        mark = start
        return nil
    }

    // single_target: single_subscript_attribute_target | NAME | '(' single_target ')'
    mutating func singleTarget() throws -> Expr? {
        if let target = try singleSubscriptAttributeTarget() { return target }
        let start = mark
        if let target = try name() { return Expr(.name(target.text), target.range) }
        if try accept("("), let inner = try singleTarget(), try accept(")") { return inner }
        mark = start
        return nil
    }

    // single_subscript_attribute_target: t_primary '.' NAME !t_lookahead
    //                                  | t_primary '[' slices ']' !t_lookahead
    mutating func singleSubscriptAttributeTarget() throws -> Expr? {
        try subscriptOrAttributeTarget()
    }

    /// t_primary followed by a final `.name` or `[index]`.
    mutating func subscriptOrAttributeTarget() throws -> Expr? {
        let start = mark
        guard let base = try tPrimary() else { return nil }
        let afterBase = mark
        if try accept("."), let attribute = try name(), try !tLookahead() {
            return Expr(.attribute(base, attribute.text), range(from: start))
        }
        mark = afterBase
        if try accept("["), let index = try slices(), try accept("]"), try !tLookahead() {
            return Expr(.subscript(base, index), range(from: start))
        }
        mark = start
        return nil
    }

    // t_primary: t_primary ('.' NAME | '[' slices ']' | genexp | '(' [arguments] ')') &t_lookahead
    //          | atom &t_lookahead
    mutating func tPrimary() throws -> Expr? {
        try memoized(.tPrimary) { p in
            let start = p.mark
            guard var result = try p.atom(), try p.tLookahead() else {
                p.mark = start
                return nil
            }
            while true {
                let before = p.mark
                guard let extended = try p.primaryTrailer(result, start: start, forTarget: true),
                      try p.tLookahead() else {
                    p.mark = before
                    break
                }
                result = extended
                try p.checkChain(p.mark - start)
            }
            return result
        }
    }

    // t_lookahead: '(' | '[' | '.'
    mutating func tLookahead() throws -> Bool {
        try check("(") || check("[") || check(".")
    }

    // del_targets: ','.del_target+ [',']
    mutating func delTargets() throws -> [Expr]? {
        guard let first = try delTarget() else { return nil }
        var items = [first]
        while true {
            let before = mark
            guard try accept(","), let next = try delTarget() else {
                mark = before
                break
            }
            items.append(next)
        }
        _ = try expect(",")
        return items
    }

    // del_target (memo): t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead
    //                  | del_t_atom
    mutating func delTarget() throws -> Expr? {
        try enter()
        defer { leave() }
        return try memoized(.delTarget) { p in
            if let target = try p.subscriptOrAttributeTarget() { return target }
            return try p.delAtom()
        }
    }

    // del_t_atom: NAME | '(' del_target ')' | '(' [del_targets] ')' | '[' [del_targets] ']'
    mutating func delAtom() throws -> Expr? {
        let start = mark
        if let target = try name() { return Expr(.name(target.text), target.range) }
        if try accept("(") {
            if let inner = try delTarget(), try accept(")") { return inner }
            mark = start + 1
            let items = try delTargets() ?? []
            if try accept(")") { return Expr(.tuple(items), range(from: start)) }
            mark = start
            return nil
        }
        if try accept("[") {
            let items = try delTargets() ?? []
            if try accept("]") { return Expr(.list(items), range(from: start)) }
        }
        mark = start
        return nil
    }
}
