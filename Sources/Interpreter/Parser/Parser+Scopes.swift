// Scope IDs. While parsing, each function, class, lambda and comprehension
// gets a provisional ID derived from its opening token's position (the
// parser backtracks, so a counter would skip numbers). Afterwards the IDs
// are replaced by 1, 2, 3 ... in source order; the module is scope 0.

enum ScopeNumbering {
    static func number(_ module: Module) -> Module {
        var collector = ScopeRenumberer(mapping: nil)
        _ = collector.statements(module.body)
        let provisional = collector.seen.sorted()
        var mapping: [Int: Int] = [:]
        for (index, id) in provisional.enumerated() {
            mapping[id] = index + 1
        }
        var writer = ScopeRenumberer(mapping: mapping)
        let body = writer.statements(module.body)
        return Module(body: body, scopeCount: provisional.count + 1)
    }
}

/// Rebuilds the tree with every scope ID passed through `mapping`; without
/// a mapping it only records the IDs it sees.
struct ScopeRenumberer {
    let mapping: [Int: Int]?
    var seen: [Int] = []

    mutating func scope(_ id: Int) -> Int {
        guard let mapping else {
            seen.append(id)
            return id
        }
        return mapping[id] ?? id
    }

    mutating func statements(_ list: [Stmt]) -> [Stmt] {
        var result: [Stmt] = []
        result.reserveCapacity(list.count)
        for item in list { result.append(statement(item)) }
        return result
    }

    mutating func expressions(_ list: [Expr]) -> [Expr] {
        var result: [Expr] = []
        result.reserveCapacity(list.count)
        for item in list { result.append(expression(item)) }
        return result
    }

    mutating func optional(_ e: Expr?) -> Expr? {
        guard let e else { return nil }
        return expression(e)
    }

    mutating func keywords(_ list: [Keyword]) -> [Keyword] {
        var result: [Keyword] = []
        for var keyword in list {
            keyword.value = expression(keyword.value)
            result.append(keyword)
        }
        return result
    }

    mutating func arguments(_ a: Arguments) -> Arguments {
        var a = a
        a.posonly = args(a.posonly)
        a.args = args(a.args)
        if let vararg = a.vararg { a.vararg = args([vararg]).first }
        a.kwonly = args(a.kwonly)
        var defaults: [Expr?] = []
        for value in a.kwDefaults { defaults.append(optional(value)) }
        a.kwDefaults = defaults
        if let kwarg = a.kwarg { a.kwarg = args([kwarg]).first }
        a.defaults = expressions(a.defaults)
        return a
    }

    mutating func args(_ list: [Arg]) -> [Arg] {
        var result: [Arg] = []
        for var arg in list {
            arg.annotation = optional(arg.annotation)
            result.append(arg)
        }
        return result
    }

    mutating func statement(_ s: Stmt) -> Stmt {
        var s = s
        switch s.kind {
        case .expr(let value):
            s.kind = .expr(expression(value))
        case .assign(let targets, let value):
            s.kind = .assign(targets: expressions(targets), value: expression(value))
        case .augAssign(let target, let op, let value):
            s.kind = .augAssign(target: expression(target), op: op, value: expression(value))
        case .annAssign(let target, let annotation, let value, let simple):
            s.kind = .annAssign(target: expression(target), annotation: expression(annotation),
                                value: optional(value), simple: simple)
        case .pass, .break, .continue, .global, .nonlocal, .import, .importFrom:
            break
        case .delete(let targets):
            s.kind = .delete(expressions(targets))
        case .return(let value):
            s.kind = .return(optional(value))
        case .if(let test, let body, let orelse):
            s.kind = .if(test: expression(test), body: statements(body), orelse: statements(orelse))
        case .while(let test, let body, let orelse):
            s.kind = .while(test: expression(test), body: statements(body), orelse: statements(orelse))
        case .for(let target, let iter, let body, let orelse):
            s.kind = .for(target: expression(target), iter: expression(iter), body: statements(body),
                          orelse: statements(orelse))
        case .functionDef(var def):
            def.decorators = expressions(def.decorators)
            def.scopeID = scope(def.scopeID)
            def.args = arguments(def.args)
            def.returns = optional(def.returns)
            def.body = statements(def.body)
            s.kind = .functionDef(def)
        case .classDef(var cls):
            cls.decorators = expressions(cls.decorators)
            cls.scopeID = scope(cls.scopeID)
            cls.bases = expressions(cls.bases)
            cls.keywords = keywords(cls.keywords)
            cls.body = statements(cls.body)
            s.kind = .classDef(cls)
        case .try(let body, let handlers, let orelse, let finalbody):
            var newHandlers: [ExceptHandler] = []
            let newBody = statements(body)
            for var handler in handlers {
                handler.type = optional(handler.type)
                handler.body = statements(handler.body)
                newHandlers.append(handler)
            }
            s.kind = .try(body: newBody, handlers: newHandlers, orelse: statements(orelse),
                          finalbody: statements(finalbody))
        case .raise(let exc, let cause):
            s.kind = .raise(exc: optional(exc), cause: optional(cause))
        case .assert(let test, let msg):
            s.kind = .assert(test: expression(test), msg: optional(msg))
        case .with(let items, let body):
            var newItems: [WithItem] = []
            for var item in items {
                item.contextExpr = expression(item.contextExpr)
                item.optionalVars = optional(item.optionalVars)
                newItems.append(item)
            }
            s.kind = .with(items: newItems, body: statements(body))
        case .match(let subject, let cases):
            let newSubject = expression(subject)
            var newCases: [MatchCase] = []
            for var c in cases {
                c.pattern = pattern(c.pattern)
                c.guardExpr = optional(c.guardExpr)
                c.body = statements(c.body)
                newCases.append(c)
            }
            s.kind = .match(subject: newSubject, cases: newCases)
        }
        return s
    }

    mutating func pattern(_ p: Pattern) -> Pattern {
        var p = p
        switch p.kind {
        case .value(let e): p.kind = .value(expression(e))
        case .singleton, .star: break
        case .sequence(let ps): p.kind = .sequence(ps.map { pattern($0) })
        case .mapping(let keys, let ps, let rest): p.kind = .mapping(keys: expressions(keys), patterns: ps.map { pattern($0) }, rest: rest)
        case .classPattern(let cls, let ps, let kws, let kps):
            p.kind = .classPattern(cls: expression(cls), patterns: ps.map { pattern($0) }, keywords: kws, keywordPatterns: kps.map { pattern($0) })
        case .asPattern(let sub, let n): p.kind = .asPattern(sub.map { pattern($0) }, n)
        case .or(let alts): p.kind = .or(alts.map { pattern($0) })
        }
        return p
    }

    mutating func comprehension(_ c: Comprehension) -> Comprehension {
        var c = c
        c.scopeID = scope(c.scopeID)
        c.element = expression(c.element)
        c.value = optional(c.value)
        var generators: [ComprehensionFor] = []
        for var generator in c.generators {
            generator.target = expression(generator.target)
            generator.iter = expression(generator.iter)
            generator.ifs = expressions(generator.ifs)
            generators.append(generator)
        }
        c.generators = generators
        return c
    }

    mutating func expression(_ e: Expr) -> Expr {
        var e = e
        switch e.kind {
        case .name, .constant:
            break
        case .joinedStr(let values):
            e.kind = .joinedStr(expressions(values))
        case .formattedValue(let value, let conversion, let spec):
            e.kind = .formattedValue(value: expression(value), conversion: conversion, formatSpec: optional(spec))
        case .tuple(let items):
            e.kind = .tuple(expressions(items))
        case .list(let items):
            e.kind = .list(expressions(items))
        case .set(let items):
            e.kind = .set(expressions(items))
        case .dict(let keys, let values):
            var newKeys: [Expr?] = []
            var newValues: [Expr] = []
            for (key, value) in zip(keys, values) {
                newKeys.append(optional(key))
                newValues.append(expression(value))
            }
            e.kind = .dict(keys: newKeys, values: newValues)
        case .starred(let value):
            e.kind = .starred(expression(value))
        case .attribute(let value, let attr):
            e.kind = .attribute(expression(value), attr)
        case .subscript(let value, let index):
            e.kind = .subscript(expression(value), expression(index))
        case .slice(let lower, let upper, let step):
            e.kind = .slice(lower: optional(lower), upper: optional(upper), step: optional(step))
        case .call(let function, let args, let keywordArgs):
            e.kind = .call(func: expression(function), args: expressions(args), keywords: keywords(keywordArgs))
        case .binOp(let left, let op, let right):
            e.kind = .binOp(expression(left), op, expression(right))
        case .unaryOp(let op, let operand):
            e.kind = .unaryOp(op, expression(operand))
        case .boolOp(let op, let values):
            e.kind = .boolOp(op, expressions(values))
        case .compare(let left, let ops, let comparators):
            e.kind = .compare(expression(left), ops, expressions(comparators))
        case .ifExp(let test, let body, let orelse):
            // Source order: body, test, orelse.
            let newBody = expression(body)
            e.kind = .ifExp(test: expression(test), body: newBody, orelse: expression(orelse))
        case .lambda(var lambda):
            lambda.scopeID = scope(lambda.scopeID)
            lambda.args = arguments(lambda.args)
            lambda.body = expression(lambda.body)
            e.kind = .lambda(lambda)
        case .listComp(let c):
            e.kind = .listComp(comprehension(c))
        case .setComp(let c):
            e.kind = .setComp(comprehension(c))
        case .dictComp(let c):
            e.kind = .dictComp(comprehension(c))
        case .generatorExp(let c):
            e.kind = .generatorExp(comprehension(c))
        case .yield(let value):
            e.kind = .yield(optional(value))
        case .yieldFrom(let value):
            e.kind = .yieldFrom(expression(value))
        case .await(let value):
            e.kind = .await(expression(value))
        case .namedExpr(let target, let value):
            e.kind = .namedExpr(target: target, value: expression(value))
        }
        return e
    }
}
