import XCTest
@testable import Interpreter

// Scope analysis against CPython 3.13. The expected dumps were produced by
// running each snippet through CPython 3.13.0 (`symtable` for every name's
// scope, the code objects for co_varnames / co_cellvars / co_freevars /
// co_qualname / co_flags, `compile()` for the SyntaxErrors); no Python is
// needed to run these tests.
//
// Dump format, one scope per line, children indented, inlined
// comprehensions spliced into their parent (as CPython's symtable module
// shows them; they are checked separately below):
//   <kind> <co_name> q=<qualname> p=<parameters> a=<argcount>/<posonly>/<kwonly> [*] [**]
//       cells=<co_cellvars> frees=<co_freevars> [gen] [classcell]
//     name:scope ...   (sorted; name = LOAD_NAME, gi/ge = global implicit/explicit)
// Errors: "ERR <message> @<line>:<column>-<end column or - for one caret>".
final class ScopeAnalyzerTests: XCTestCase {

    // MARK: Helpers

    private func analyze(_ source: String) throws -> ScopeAnalysis {
        let module = try Parser.parse(source: source, filename: "p.py")
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        return try ScopeAnalyzer.analyze(module, filename: "p.py", sourceLines: lines)
    }

    private func scopeName(_ s: SymbolScope) -> String {
        switch s {
        case .local: return "local"
        case .cell: return "cell"
        case .free: return "free"
        case .globalImplicit: return "gi"
        case .globalExplicit: return "ge"
        case .name: return "name"
        }
    }

    private func render(_ t: SymbolTable, _ depth: Int, _ out: inout [String]) {
        if t.isInlined {
            for c in t.children { render(c, depth, &out) }
            return
        }
        let ind = String(repeating: "  ", count: depth)
        let kind: String
        switch t.kind {
        case .module: kind = "module"
        case .function: kind = "function"
        case .lambda: kind = "lambda"
        case .classBody: kind = "class"
        case .generatorExpression: kind = "genexpr"
        case .comprehension: kind = "comprehension"
        }
        let isBody = t.kind == .module || t.kind == .classBody
        var line = "\(ind)\(kind) \(t.name) q=\(t.qualname) p=\(isBody ? "" : t.parameters.joined(separator: ","))"
        line += " a=\(t.argCount)/\(t.posonlyCount)/\(t.kwonlyCount)"
        if t.hasVarargs { line += " *" }
        if t.hasVarkeywords { line += " **" }
        line += " cells=\(t.cellvars.joined(separator: ",")) frees=\(t.freevars.joined(separator: ","))"
        if t.isGenerator && !isBody { line += " gen" }
        if t.needsClassCell { line += " classcell" }
        out.append(line)
        let syms = t.symbols.keys.sorted().map { "\($0):\(scopeName(t.symbols[$0]!))" }
        out.append(ind + "  " + (syms.isEmpty ? "(none)" : syms.joined(separator: " ")))
        for c in t.children { render(c, depth + 1, &out) }
    }

    private func dump(_ source: String) -> String {
        do {
            let analysis = try analyze(source)
            var out: [String] = []
            render(analysis.module, 0, &out)
            return out.joined(separator: "\n")
        } catch let e as SyntaxErrorInfo {
            return "ERR \(e.message) @\(e.line):\(e.column.map(String.init) ?? "?")-\(e.endColumn.map(String.init) ?? "-")"
        } catch {
            return "UNEXPECTED \(error)"
        }
    }

    private func check(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let got = dump(source + "\n")
        XCTAssertEqual(got, expected, "\n--- got:\n\(got)\n--- expected:\n\(expected)", file: file, line: line)
    }

    private func table(_ a: ScopeAnalysis, _ path: String...) -> SymbolTable? {
        var t: SymbolTable? = a.module
        for name in path { t = t?.children.first { $0.name == name } }
        return t
    }

    // MARK: Inlined comprehension tables (PEP 709)

    func testListCompTableIsInlinedAndCapturedVariableIsCell() throws {
        let a = try analyze("def f(y):\n    return [lambda: x for x in y]\n")
        let f = try XCTUnwrap(table(a, "f"))
        let comp = try XCTUnwrap(table(a, "f", "<listcomp>"))
        XCTAssertEqual(comp.kind, .comprehension)
        XCTAssertTrue(comp.isInlined)
        XCTAssertFalse(comp.isGenerator)
        XCTAssertEqual(comp.parameters, [".0"])
        XCTAssertEqual(comp.argCount, 1)
        XCTAssertEqual(comp.symbols, [".0": .local, "x": .cell])
        XCTAssertEqual(comp.qualname, "f.<locals>.<listcomp>")
        // Once inlined, x is a cell of f (3.13: f.__code__.co_cellvars == ('x',)).
        XCTAssertEqual(f.symbols, ["y": .local, "x": .cell])
        XCTAssertEqual(f.cellvars, ["x"])
        XCTAssertTrue(f.flags["x"]!.contains(.defCompCell))
        // The lambda's enclosing code object is f: no "<listcomp>" in its qualname.
        let lam = try XCTUnwrap(comp.children.first)
        XCTAssertEqual(lam.kind, .lambda)
        XCTAssertEqual(lam.qualname, "f.<locals>.<lambda>")
        XCTAssertEqual(lam.symbols, ["x": .free])
        XCTAssertEqual(lam.freevars, ["x"])
        XCTAssertTrue(lam.parent === comp)
        XCTAssertTrue(comp.parent === f)
    }

    func testComprehensionKindsAndNames() throws {
        let a = try analyze("a = [x for x in r]\nb = {x for x in r}\nc = {k: v for k, v in r}\nd = (x for x in r)\n")
        let kids = a.module.children
        XCTAssertEqual(kids.map(\.name), ["<listcomp>", "<setcomp>", "<dictcomp>", "<genexpr>"])
        XCTAssertEqual(kids.map(\.isInlined), [true, true, true, false])
        XCTAssertEqual(kids.map(\.kind), [.comprehension, .comprehension, .comprehension, .generatorExpression])
        XCTAssertEqual(kids[2].symbols, [".0": .local, "k": .local, "v": .local])
        XCTAssertEqual(kids[3].isGenerator, true)
        XCTAssertEqual(kids[3].qualname, "<genexpr>")
        // The first iterable is evaluated in the module; loop variables are copied in.
        XCTAssertEqual(a.module.symbols["r"], .name)
        XCTAssertEqual(a.module.rawScopes["r"], .globalImplicit)
        XCTAssertEqual(a.module.rawScopes["x"], .local)
    }

    func testComprehensionFirstIterableEvaluatedInEnclosingScope() throws {
        let a = try analyze("def f(n):\n    return [i for i in range(n) if i < n]\n")
        let comp = try XCTUnwrap(table(a, "f", "<listcomp>"))
        // `range(n)` is evaluated in f; `i < n` inside the comprehension, where n is local to f.
        XCTAssertEqual(comp.symbols[".0"], .local)
        XCTAssertNil(comp.symbols["range"])
        XCTAssertEqual(comp.symbols["n"], .free)
        let f = try XCTUnwrap(table(a, "f"))
        XCTAssertEqual(f.symbols, ["n": .local, "range": .globalImplicit, "i": .local])
        XCTAssertEqual(f.cellvars, [])
    }

    func testWalrusInComprehensionBindsInEnclosingFunction() throws {
        let a = try analyze("def f(xs):\n    [last := x for x in xs]\n    return last\n")
        let comp = try XCTUnwrap(table(a, "f", "<listcomp>"))
        XCTAssertEqual(comp.symbols["last"], .free)
        XCTAssertEqual(comp.flags["last"], [.defNonlocal, .defLocal])
        XCTAssertEqual(comp.symbols["x"], .local)
        XCTAssertEqual(table(a, "f")?.symbols["last"], .local)
    }

    func testWalrusInModuleComprehensionIsExplicitGlobal() throws {
        let a = try analyze("[last := x for x in range(3)]\n")
        let comp = try XCTUnwrap(a.module.children.first)
        XCTAssertEqual(comp.symbols["last"], .globalExplicit)
        XCTAssertEqual(a.module.symbols["last"], .globalExplicit)
    }

    func testGeneratorExpressionIsNotInlined() throws {
        let a = try analyze("def f(xs):\n    return (x * k for x in xs)\n")
        let g = try XCTUnwrap(table(a, "f", "<genexpr>"))
        XCTAssertFalse(g.isInlined)
        XCTAssertTrue(g.isGenerator)
        XCTAssertEqual(g.qualname, "f.<locals>.<genexpr>")
        XCTAssertEqual(g.symbols, [".0": .local, "x": .local, "k": .globalImplicit])
        XCTAssertEqual(table(a, "f")?.symbols, ["xs": .local])
    }

    // MARK: Flags, raw scopes, mangling, bookkeeping

    func testFlagsFollowSymtable() throws {
        let a = try analyze("def f():\n    global g\n    x += 1\n    import os.path\n    y: int = 2\n    print(y)\n")
        let f = try XCTUnwrap(table(a, "f"))
        XCTAssertEqual(f.flags["x"], [.defLocal])  // augmented assignment: a store, as in CPython
        XCTAssertEqual(f.flags["os"], [.defImport])
        XCTAssertEqual(f.flags["y"], [.defLocal, .defAnnot, .use])
        XCTAssertEqual(f.flags["g"], [.defGlobal])
        XCTAssertEqual(f.symbolOrder, ["g", "x", "os", "y", "int", "print"])
        // `global g` in a function makes g an explicit global of the module.
        XCTAssertEqual(a.module.symbols["g"], .globalExplicit)
        XCTAssertEqual(a.module.flags["g"], [.defGlobal])
    }

    func testClassLocalAlsoFreeInMethodGetsFreeClassFlag() throws {
        let a = try analyze("def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n")
        let c = try XCTUnwrap(table(a, "f", "C"))
        XCTAssertEqual(c.symbols["x"], .name)
        XCTAssertTrue(c.flags["x"]!.contains(.defFreeClass))
        XCTAssertEqual(c.freevars, ["x"])
        XCTAssertEqual(table(a, "f", "C", "m")?.symbols["x"], .free)
        XCTAssertEqual(table(a, "f")?.symbols["x"], .cell)
    }

    func testMangle() {
        XCTAssertEqual(ScopeAnalyzer.mangle("__x", privateName: "C"), "_C__x")
        XCTAssertEqual(ScopeAnalyzer.mangle("__x", privateName: "_Outer"), "_Outer__x")
        XCTAssertEqual(ScopeAnalyzer.mangle("__x__", privateName: "C"), "__x__")
        XCTAssertEqual(ScopeAnalyzer.mangle("__x", privateName: "__"), "__x")
        XCTAssertEqual(ScopeAnalyzer.mangle("_x", privateName: "C"), "_x")
        XCTAssertEqual(ScopeAnalyzer.mangle("__a.b", privateName: "C"), "__a.b")
        XCTAssertEqual(ScopeAnalyzer.mangle("__x", privateName: nil), "__x")
    }

    func testPrivateNameIsTheEnclosingClass() throws {
        let a = try analyze("class C:\n    def m(self):\n        return lambda: self.__v\nclass D:\n    pass\n")
        XCTAssertNil(a.module.privateName)
        XCTAssertEqual(table(a, "C")?.privateName, "C")
        XCTAssertEqual(table(a, "C", "m")?.privateName, "C")
        XCTAssertEqual(table(a, "C", "m", "<lambda>")?.privateName, "C")
        XCTAssertEqual(table(a, "D")?.privateName, "D")
    }

    func testEveryScopeIDHasATable() throws {
        let src = "def f(a=lambda: 0):\n    class C:\n        pass\n    return [x for x in (y for y in a)]\ng = lambda: {k: v for k, v in ()}\n"
        let module = try Parser.parse(source: src, filename: "p.py")
        let a = try ScopeAnalyzer.analyze(module, filename: "p.py", sourceLines: src.split(separator: "\n").map(String.init))
        XCTAssertEqual(a.tables.count, module.scopeCount)
        for id in 0..<module.scopeCount { XCTAssertNotNil(a.tables[id], "scope \(id)") }
        XCTAssertEqual(a.module.kind, .module)
        XCTAssertEqual(a.module.name, "<module>")
        XCTAssertEqual(a.module.scopeID, 0)
    }

    func testReturnsValue() throws {
        let a = try analyze("def f():\n    return 1\ndef g():\n    return\n")
        XCTAssertEqual(table(a, "f")?.returnsValue, true)
        XCTAssertEqual(table(a, "g")?.returnsValue, false)
    }

    // MARK: Error reporting details

    func testErrorCarriesFileLineColumnAndText() throws {
        let src = "def f():\n    nonlocal x\n"
        XCTAssertThrowsError(try analyze(src)) { error in
            guard let e = error as? SyntaxErrorInfo else { return XCTFail("\(error)") }
            XCTAssertEqual(e.kind, .syntax)
            XCTAssertEqual(e.filename, "p.py")
            XCTAssertEqual(e.line, 2)
            XCTAssertEqual(e.column, 4)
            XCTAssertEqual(e.endColumn, 14)
            XCTAssertEqual(e.sourceLine, "    nonlocal x")
            XCTAssertEqual(e.description, """
                  File "p.py", line 2
                    nonlocal x
                    ^^^^^^^^^^
                SyntaxError: no binding for nonlocal 'x' found
                """)
        }
    }

    func testImportStarErrorHasOneCaret() throws {
        XCTAssertThrowsError(try analyze("from os import path\ndef f():\n    from os import *\n")) { error in
            guard let e = error as? SyntaxErrorInfo else { return XCTFail("\(error)") }
            XCTAssertEqual(e.description, """
                  File "p.py", line 3
                    from os import *
                                   ^
                SyntaxError: import * only allowed at module level
                """)
        }
    }

    func testMultiLineReturnUnderlinesToEndOfLine() throws {
        XCTAssertThrowsError(try analyze("x = 1\nif x:\n    return (1 +\n       2)\n")) { error in
            guard let e = error as? SyntaxErrorInfo else { return XCTFail("\(error)") }
            XCTAssertEqual(e.description, """
                  File "p.py", line 3
                    return (1 +
                    ^^^^^^^^^^^
                SyntaxError: 'return' outside function
                """)
        }
    }

    // MARK: Snippets checked against CPython 3.13

    func test_closure_basic() throws {
        try check(#"""
            def outer():
                x = 1
                def inner():
                    return x
                return inner
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              outer:name
              function outer q=outer p= a=0/0/0 cells=x frees=
                inner:local x:cell
                function inner q=outer.<locals>.inner p= a=0/0/0 cells= frees=x
                  x:free
            """#)
    }

    func test_closure_param_cells() throws {
        try check(#"""
            def f(b, a, *, z, **kw):
                q = 1
                c = 2
                return lambda: (a, b, c, q, z, kw)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=b,a,z,kw a=2/0/1 ** cells=b,a,z,kw,c,q frees=
                a:cell b:cell c:cell kw:cell q:cell z:cell
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=a,b,c,kw,q,z
                  a:free b:free c:free kw:free q:free z:free
            """#)
    }

    func test_nonlocal_basic() throws {
        try check(#"""
            def outer():
                count = 0
                def inc():
                    nonlocal count
                    count += 1
                    return count
                return inc
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              outer:name
              function outer q=outer p= a=0/0/0 cells=count frees=
                count:cell inc:local
                function inc q=outer.<locals>.inc p= a=0/0/0 cells= frees=count
                  count:free
            """#)
    }

    func test_global_in_function() throws {
        try check(#"""
            x = 1
            def f():
                global x
                x = 2
                return x
            def g():
                return x
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name g:name x:ge
              function f q=f p= a=0/0/0 cells= frees=
                x:ge
              function g q=g p= a=0/0/0 cells= frees=
                x:gi
            """#)
    }

    func test_global_decl_affects_module() throws {
        try check(#"""
            def f():
                global y
                y = 1
            print(y)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name print:name y:ge
              function f q=f p= a=0/0/0 cells= frees=
                y:ge
            """#)
    }

    func test_nested_three_levels() throws {
        try check(#"""
            def a():
                x = 1
                def b():
                    y = 2
                    def c():
                        return x + y
                    return c
                return b
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              a:name
              function a q=a p= a=0/0/0 cells=x frees=
                b:local x:cell
                function b q=a.<locals>.b p= a=0/0/0 cells=y frees=x
                  c:local x:free y:cell
                  function c q=a.<locals>.b.<locals>.c p= a=0/0/0 cells= frees=x,y
                    x:free y:free
            """#)
    }

    func test_nested_passthrough() throws {
        try check(#"""
            def a():
                x = 1
                def b():
                    def c():
                        return x
                    return c
                return b
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              a:name
              function a q=a p= a=0/0/0 cells=x frees=
                b:local x:cell
                function b q=a.<locals>.b p= a=0/0/0 cells= frees=x
                  c:local x:free
                  function c q=a.<locals>.b.<locals>.c p= a=0/0/0 cells= frees=x
                    x:free
            """#)
    }

    func test_class_body_skips() throws {
        try check(#"""
            def f():
                x = 1
                class C:
                    x = 2
                    def m(self):
                        return x
                    y = x
                return C
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=x frees=
                C:local x:cell
                class C q=f.<locals>.C p= a=0/0/0 cells= frees=x
                  m:name x:name y:name
                  function m q=f.<locals>.C.m p=self a=1/0/0 cells= frees=x
                    self:local x:free
            """#)
    }

    func test_class_free_from_function() throws {
        try check(#"""
            def f():
                v = 1
                class C:
                    w = v
                return C
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=v frees=
                C:local v:cell
                class C q=f.<locals>.C p= a=0/0/0 cells= frees=v
                  v:free w:name
            """#)
    }

    func test_class_nonlocal() throws {
        try check(#"""
            def f():
                v = 1
                class C:
                    nonlocal v
                    v = 2
                return v
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=v frees=
                C:local v:cell
                class C q=f.<locals>.C p= a=0/0/0 cells= frees=v
                  v:free
            """#)
    }

    func test_module_class_names() throws {
        try check(#"""
            import os
            class C(object):
                a = 1
                b = a + len([])
                def m(self):
                    return a
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name object:name os:name
              class C q=C p= a=0/0/0 cells= frees=
                a:name b:name len:name m:name
                function m q=C.m p=self a=1/0/0 cells= frees=
                  a:gi self:local
            """#)
    }

    func test_super_method() throws {
        try check(#"""
            class C:
                def m(self):
                    return super().m()
                def n(self):
                    return __class__
                def o(self):
                    return 1
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells=__class__ frees= classcell
                m:name n:name o:name
                function m q=C.m p=self a=1/0/0 cells= frees=__class__
                  __class__:free self:local super:gi
                function n q=C.n p=self a=1/0/0 cells= frees=__class__
                  __class__:free self:local
                function o q=C.o p=self a=1/0/0 cells= frees=
                  self:local
            """#)
    }

    func test_super_nested_lambda() throws {
        try check(#"""
            class C:
                def m(self):
                    return lambda: super()
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells=__class__ frees= classcell
                m:name
                function m q=C.m p=self a=1/0/0 cells= frees=__class__
                  __class__:free self:local
                  lambda <lambda> q=C.m.<locals>.<lambda> p= a=0/0/0 cells= frees=__class__
                    __class__:free super:gi
            """#)
    }

    func test_super_in_class_body() throws {
        try check(#"""
            class C:
                x = super
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                super:name x:name
            """#)
    }

    func test_listcomp_module() throws {
        try check(#"""
            ys = [x * 2 for x in range(10) if x]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              range:name x:name ys:name
            """#)
    }

    func test_listcomp_function() throws {
        try check(#"""
            def f(n):
                return [i for i in range(n)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=n a=1/0/0 cells= frees=
                i:local n:local range:gi
            """#)
    }

    func test_listcomp_lambda_capture() throws {
        try check(#"""
            def f(y):
                a = [lambda: x for x in y]
                b = [lambda: q for q in y]
                return a
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=y a=1/0/0 cells=x,q frees=
                a:local b:local q:cell x:cell y:local
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=x
                  x:free
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=q
                  q:free
            """#)
    }

    func test_listcomp_lambda_capture_module() throws {
        try check(#"""
            fs = [lambda: z for z in range(3)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells=z frees=
              fs:name range:name z:cell
              lambda <lambda> q=<lambda> p= a=0/0/0 cells= frees=z
                z:free
            """#)
    }

    func test_listcomp_lambda_capture_class() throws {
        try check(#"""
            class C:
                fs = [lambda: w for w in range(3)]
                vs = [v for v in range(3)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells=w frees=
                fs:name range:name v:name vs:name w:cell
                lambda <lambda> q=C.<lambda> p= a=0/0/0 cells= frees=w
                  w:free
            """#)
    }

    func test_comp_outer_local_also_iter() throws {
        try check(#"""
            def g(y):
                x = 0
                a = [x for x in y]
                return lambda: x
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              g:name
              function g q=g p=y a=1/0/0 cells=x frees=
                a:local x:cell y:local
                lambda <lambda> q=g.<locals>.<lambda> p= a=0/0/0 cells= frees=x
                  x:free
            """#)
    }

    func test_comp_free_outer_local() throws {
        try check(#"""
            def f(y):
                k = 3
                return [k * v for v in y]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=y a=1/0/0 cells= frees=
                k:local v:local y:local
            """#)
    }

    func test_comp_nested() throws {
        try check(#"""
            def k(y):
                return [[lambda: (m, n) for n in y] for m in y]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              k:name
              function k q=k p=y a=1/0/0 cells=m,n frees=
                m:cell n:cell y:local
                lambda <lambda> q=k.<locals>.<lambda> p= a=0/0/0 cells= frees=m,n
                  m:free n:free
            """#)
    }

    func test_dictcomp_setcomp() throws {
        try check(#"""
            def f(d):
                a = {k: v for k, v in d.items()}
                b = {x for x in d}
                return a, b
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=d a=1/0/0 cells= frees=
                a:local b:local d:local k:local v:local x:local
            """#)
    }

    func test_walrus_in_comp_function() throws {
        try check(#"""
            def f(xs):
                if any((hit := x) > 3 for x in xs):
                    return hit
                return [last := x for x in xs]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=xs a=1/0/0 cells=hit frees=
                any:gi hit:cell last:local x:local xs:local
                genexpr <genexpr> q=f.<locals>.<genexpr> p=.0 a=1/0/0 cells= frees=hit gen
                  .0:local hit:free x:local
            """#)
    }

    func test_walrus_in_comp_module() throws {
        try check(#"""
            [last := x for x in range(3)]
            print(last)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              last:ge print:name range:name x:name
            """#)
    }

    func test_walrus_in_comp_global_fn() throws {
        try check(#"""
            def f():
                global g
                [g := i for i in range(3)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name g:ge
              function f q=f p= a=0/0/0 cells= frees=
                g:ge i:local range:gi
            """#)
    }

    func test_walrus_plain() throws {
        try check(#"""
            def f():
                if (n := 10) > 5:
                    return n
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                n:local
            """#)
    }

    func test_genexpr_basic() throws {
        try check(#"""
            def f(xs):
                return sum(x * x for x in xs)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=xs a=1/0/0 cells= frees=
                sum:gi xs:local
                genexpr <genexpr> q=f.<locals>.<genexpr> p=.0 a=1/0/0 cells= frees= gen
                  .0:local x:local
            """#)
    }

    func test_genexpr_module() throws {
        try check(#"""
            g = (x for x in range(3))
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              g:name range:name
              genexpr <genexpr> q=<genexpr> p=.0 a=1/0/0 cells= frees= gen
                .0:local x:local
            """#)
    }

    func test_genexpr_capture() throws {
        try check(#"""
            def f(n):
                return list(x + n for x in range(n))
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=n a=1/0/0 cells=n frees=
                list:gi n:cell range:gi
                genexpr <genexpr> q=f.<locals>.<genexpr> p=.0 a=1/0/0 cells= frees=n gen
                  .0:local n:free x:local
            """#)
    }

    func test_genexpr_nested_lambda() throws {
        try check(#"""
            def f():
                return (lambda: x for x in range(3))
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                range:gi
                genexpr <genexpr> q=f.<locals>.<genexpr> p=.0 a=1/0/0 cells=x frees= gen
                  .0:local x:cell
                  lambda <lambda> q=f.<locals>.<genexpr>.<lambda> p= a=0/0/0 cells= frees=x
                    x:free
            """#)
    }

    func test_lambda_basic() throws {
        try check(#"""
            f = lambda a, b=1, *c, d, e=2, **g: a + b
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              lambda <lambda> q=<lambda> p=a,b,d,e,c,g a=2/0/2 * ** cells= frees=
                a:local b:local c:local d:local e:local g:local
            """#)
    }

    func test_lambda_in_function() throws {
        try check(#"""
            def f(x):
                return lambda y: x + y
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=x a=1/0/0 cells=x frees=
                x:cell
                lambda <lambda> q=f.<locals>.<lambda> p=y a=1/0/0 cells= frees=x
                  x:free y:local
            """#)
    }

    func test_lambda_default_enclosing() throws {
        try check(#"""
            def f(x):
                return lambda y=x: y
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=x a=1/0/0 cells= frees=
                x:local
                lambda <lambda> q=f.<locals>.<lambda> p=y a=1/0/0 cells= frees=
                  y:local
            """#)
    }

    func test_decorators_defaults() throws {
        try check(#"""
            def deco(fn):
                return fn
            def outer(v):
                @deco
                def inner(a=v, *, b=v):
                    return a
                return inner
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              deco:name outer:name
              function deco q=deco p=fn a=1/0/0 cells= frees=
                fn:local
              function outer q=outer p=v a=1/0/0 cells= frees=
                deco:gi inner:local v:local
                function inner q=outer.<locals>.inner p=a,b a=1/0/1 cells= frees=
                  a:local b:local
            """#)
    }

    func test_annotations() throws {
        try check(#"""
            def f():
                T = int
                def g(a: T, *args: T, b: T, **kw: T) -> T:
                    return a
                return g
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                T:local g:local int:gi
                function g q=f.<locals>.g p=a,b,args,kw a=1/0/1 * ** cells= frees=
                  a:local args:local b:local kw:local
            """#)
    }

    func test_annassign_module() throws {
        try check(#"""
            x: int = 3
            y: str
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              int:name str:name x:name y:name
            """#)
    }

    func test_annassign_function() throws {
        try check(#"""
            def f():
                x: int = 3
                y: str
                return x
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                int:gi str:gi x:local y:local
            """#)
    }

    func test_except_del_import() throws {
        try check(#"""
            def f():
                import os.path
                import a.b.c as d
                from m import n as o
                try:
                    pass
                except Exception as e:
                    del os
                return e
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                Exception:gi d:local e:local o:local os:local
            """#)
    }

    func test_with_targets() throws {
        try check(#"""
            def f():
                with open('a') as (a, b), open('b') as c:
                    pass
                for i, *rest in []:
                    pass
                t = [1]
                t[0] += 1
                obj.attr = 2
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                a:local b:local c:local i:local obj:gi open:gi rest:local t:local
            """#)
    }

    func test_augassign() throws {
        try check(#"""
            def f():
                x += 1
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                x:local
            """#)
    }

    func test_generator_function() throws {
        try check(#"""
            def gen():
                yield 1
                yield from range(3)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              gen:name
              function gen q=gen p= a=0/0/0 cells= frees= gen
                range:gi
            """#)
    }

    func test_generator_inner_yield_only() throws {
        try check(#"""
            def f():
                def g():
                    yield 1
                return g
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                g:local
                function g q=f.<locals>.g p= a=0/0/0 cells= frees= gen
                  (none)
            """#)
    }

    func test_lambda_yield() throws {
        try check(#"""
            f = lambda: (yield)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              lambda <lambda> q=<lambda> p= a=0/0/0 cells= frees= gen
                (none)
            """#)
    }

    func test_qualnames() throws {
        try check(#"""
            class A:
                def m(self):
                    def inner():
                        class B:
                            def mm(self):
                                return lambda: 1
                        return B
                    return inner
            def f():
                g = lambda: (lambda: 0)
                return g
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              A:name f:name
              class A q=A p= a=0/0/0 cells= frees=
                m:name
                function m q=A.m p=self a=1/0/0 cells= frees=
                  inner:local self:local
                  function inner q=A.m.<locals>.inner p= a=0/0/0 cells= frees=
                    B:local
                    class B q=A.m.<locals>.inner.<locals>.B p= a=0/0/0 cells= frees=
                      mm:name
                      function mm q=A.m.<locals>.inner.<locals>.B.mm p=self a=1/0/0 cells= frees=
                        self:local
                        lambda <lambda> q=A.m.<locals>.inner.<locals>.B.mm.<locals>.<lambda> p= a=0/0/0 cells= frees=
                          (none)
              function f q=f p= a=0/0/0 cells= frees=
                g:local
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=
                  (none)
                  lambda <lambda> q=f.<locals>.<lambda>.<locals>.<lambda> p= a=0/0/0 cells= frees=
                    (none)
            """#)
    }

    func test_qualname_global_decl() throws {
        try check(#"""
            def f():
                global g
                def g():
                    pass
            class C:
                global h
                def h(self):
                    pass
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name f:name g:ge h:ge
              function f q=f p= a=0/0/0 cells= frees=
                g:ge
                function g q=g p= a=0/0/0 cells= frees=
                  (none)
              class C q=C p= a=0/0/0 cells= frees=
                h:ge
                function h q=h p=self a=1/0/0 cells= frees=
                  self:local
            """#)
    }

    func test_qualname_in_genexpr() throws {
        try check(#"""
            def f():
                return (lambda: x for x in range(3))
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                range:gi
                genexpr <genexpr> q=f.<locals>.<genexpr> p=.0 a=1/0/0 cells=x frees= gen
                  .0:local x:cell
                  lambda <lambda> q=f.<locals>.<genexpr>.<lambda> p= a=0/0/0 cells= frees=x
                    x:free
            """#)
    }

    func test_qualname_in_listcomp() throws {
        try check(#"""
            def f():
                return [lambda: x for x in range(3)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=x frees=
                range:gi x:cell
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=x
                  x:free
            """#)
    }

    func test_posonly_params() throws {
        try check(#"""
            def f(a, b, /, c, *d, e, **f):
                return a
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=a,b,c,e,d,f a=3/2/1 * ** cells= frees=
                a:local b:local c:local d:local e:local f:local
            """#)
    }

    func test_mangling() throws {
        try check(#"""
            class C:
                __x = 1
                def __m(self, __p):
                    __y = self.__x
                    return __y
                def __dunder__(self):
                    pass
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                _C__m:name _C__x:name __dunder__:name
                function __m q=C.__m p=self,_C__p a=2/0/0 cells= frees=
                  _C__p:local _C__y:local self:local
                function __dunder__ q=C.__dunder__ p=self a=1/0/0 cells= frees=
                  self:local
            """#)
    }

    func test_mangling_nested_class() throws {
        try check(#"""
            class _Outer:
                class __Inner:
                    def f(self):
                        __z = 1
                        return lambda: __z
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              _Outer:name
              class _Outer q=_Outer p= a=0/0/0 cells= frees=
                _Outer__Inner:name
                class __Inner q=_Outer.__Inner p= a=0/0/0 cells= frees=
                  f:name
                  function f q=_Outer.__Inner.f p=self a=1/0/0 cells=_Inner__z frees=
                    _Inner__z:cell self:local
                    lambda <lambda> q=_Outer.__Inner.f.<locals>.<lambda> p= a=0/0/0 cells= frees=_Inner__z
                      _Inner__z:free
            """#)
    }

    func test_free_and_class_local() throws {
        try check(#"""
            def f():
                x = 1
                class C:
                    x = 2
                    def m(self):
                        return x
                return C
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=x frees=
                C:local x:cell
                class C q=f.<locals>.C p= a=0/0/0 cells= frees=x
                  m:name x:name
                  function m q=f.<locals>.C.m p=self a=1/0/0 cells= frees=x
                    self:local x:free
            """#)
    }

    func test_global_module_level() throws {
        try check(#"""
            global q
            q = 1
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              q:ge
            """#)
    }

    func test_comp_in_class_uses_class_var() throws {
        try check(#"""
            class C:
                n = 3
                xs = [n for _ in range(3)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                _:name n:name range:name xs:name
            """#)
    }

    func test_comp_in_class_in_function() throws {
        try check(#"""
            def f():
                n = 3
                class C:
                    xs = [n for _ in range(3)]
                return C
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=n frees=
                C:local n:cell
                class C q=f.<locals>.C p= a=0/0/0 cells= frees=n
                  _:name n:free range:name xs:name
            """#)
    }

    func test_class_comp_super() throws {
        try check(#"""
            class C:
                a = [super() for _ in range(1)]
                def m(self):
                    return [__class__ for _ in ()]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells=__class__ frees= classcell
                _:name __class__:name a:name m:name range:name super:name
                function m q=C.m p=self a=1/0/0 cells= frees=__class__
                  _:local __class__:free self:local
            """#)
    }

    func test_deep_comp_lambda() throws {
        try check(#"""
            def f(rows):
                return [[lambda: (r, c) for c in r] for r in rows]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=rows a=1/0/0 cells=r,c frees=
                c:cell r:cell rows:local
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=c,r
                  c:free r:free
            """#)
    }

    func test_comp_walrus_nested_lambda() throws {
        try check(#"""
            def f():
                return [lambda: (y := x) for x in range(3)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=x frees=
                range:gi x:cell
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=x
                  x:free y:local
            """#)
    }

    func test_nonlocal_through_class() throws {
        try check(#"""
            def f():
                x = 1
                class C:
                    def m(self):
                        nonlocal x
                        x = 2
                return C
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=x frees=
                C:local x:cell
                class C q=f.<locals>.C p= a=0/0/0 cells= frees=x
                  m:name x:free
                  function m q=f.<locals>.C.m p=self a=1/0/0 cells= frees=x
                    self:local x:free
            """#)
    }

    func test_ERR_nonlocal_no_binding() throws {
        try check(#"""
            def f():
                nonlocal x
                x = 1
            """#, #"""
            ERR no binding for nonlocal 'x' found @2:4-14
            """#)
    }

    func test_ERR_nonlocal_module() throws {
        try check(#"""
            nonlocal x
            """#, #"""
            ERR nonlocal declaration not allowed at module level @1:0-10
            """#)
    }

    func test_ERR_nonlocal_class_in_module() throws {
        try check(#"""
            class C:
                nonlocal x
            """#, #"""
            ERR no binding for nonlocal 'x' found @2:4-14
            """#)
    }

    func test_ERR_param_global() throws {
        try check(#"""
            def f(a):
                global a
            """#, #"""
            ERR name 'a' is parameter and global @2:4-12
            """#)
    }

    func test_ERR_param_nonlocal() throws {
        try check(#"""
            def f():
                x = 1
                def g(x):
                    nonlocal x
            """#, #"""
            ERR name 'x' is parameter and nonlocal @4:8-18
            """#)
    }

    func test_ERR_used_before_global() throws {
        try check(#"""
            def f():
                print(x)
                global x
            """#, #"""
            ERR name 'x' is used prior to global declaration @3:4-12
            """#)
    }

    func test_ERR_assigned_before_global() throws {
        try check(#"""
            def f():
                x = 1
                global x
            """#, #"""
            ERR name 'x' is assigned to before global declaration @3:4-12
            """#)
    }

    func test_ERR_assigned_before_nonlocal() throws {
        try check(#"""
            def f():
                x = 1
                def g():
                    x = 2
                    nonlocal x
            """#, #"""
            ERR name 'x' is assigned to before nonlocal declaration @5:8-18
            """#)
    }

    func test_ERR_used_before_nonlocal() throws {
        try check(#"""
            def f():
                x = 1
                def g():
                    print(x)
                    nonlocal x
            """#, #"""
            ERR name 'x' is used prior to nonlocal declaration @5:8-18
            """#)
    }

    func test_ERR_nonlocal_and_global() throws {
        try check(#"""
            def f():
                x = 1
                def g():
                    nonlocal x
                    global x
            """#, #"""
            ERR name 'x' is nonlocal and global @4:8-18
            """#)
    }

    func test_ERR_global_then_nonlocal() throws {
        try check(#"""
            def f():
                x = 1
                def g():
                    global x
                    nonlocal x
            """#, #"""
            ERR name 'x' is nonlocal and global @4:8-16
            """#)
    }

    func test_ERR_yield_outside() throws {
        try check(#"""
            x = 1
            yield x
            """#, #"""
            ERR 'yield' outside function @2:0-7
            """#)
    }

    func test_ERR_yield_in_class() throws {
        try check(#"""
            class C:
                yield 1
            """#, #"""
            ERR 'yield' outside function @2:4-11
            """#)
    }

    func test_ERR_return_outside() throws {
        try check(#"""
            x = 1
            if x:
                return 5
            """#, #"""
            ERR 'return' outside function @3:4-12
            """#)
    }

    func test_ERR_return_in_class() throws {
        try check(#"""
            def f():
                class C:
                    return 1
            """#, #"""
            ERR 'return' outside function @3:8-16
            """#)
    }

    func test_ERR_import_star_function() throws {
        try check(#"""
            def f():
                from os import *
            """#, #"""
            ERR import * only allowed at module level @2:19--
            """#)
    }

    func test_ERR_import_star_class() throws {
        try check(#"""
            class C:
                from os import *
            """#, #"""
            ERR import * only allowed at module level @2:19--
            """#)
    }

    func test_ERR_annotated_global() throws {
        try check(#"""
            def f():
                global x
                x: int = 1
            """#, #"""
            ERR annotated name 'x' can't be global @3:4-14
            """#)
    }

    func test_ERR_annotated_nonlocal() throws {
        try check(#"""
            def f():
                x = 1
                def g():
                    nonlocal x
                    x: int
            """#, #"""
            ERR annotated name 'x' can't be nonlocal @5:8-14
            """#)
    }

    func test_ERR_annot_then_global() throws {
        try check(#"""
            def f():
                x: int
                global x
            """#, #"""
            ERR annotated name 'x' can't be global @3:4-12
            """#)
    }

    func test_ERR_duplicate_argument() throws {
        try check(#"""
            def f(a, b, a):
                pass
            """#, #"""
            ERR duplicate argument 'a' in function definition @1:12--
            """#)
    }

    func test_ERR_duplicate_lambda_arg() throws {
        try check(#"""
            f = lambda x, *x: 0
            """#, #"""
            ERR duplicate argument 'x' in function definition @1:15--
            """#)
    }

    func test_ERR_yield_in_listcomp() throws {
        try check(#"""
            def f():
                return [(yield x) for x in range(3)]
            """#, #"""
            ERR 'yield' inside list comprehension @2:13-20
            """#)
    }

    func test_ERR_yield_in_genexpr() throws {
        try check(#"""
            def f():
                return ((yield x) for x in range(3))
            """#, #"""
            ERR 'yield' inside generator expression @2:13-20
            """#)
    }

    func test_ERR_yield_in_dictcomp() throws {
        try check(#"""
            def f():
                return {x: (yield) for x in range(3)}
            """#, #"""
            ERR 'yield' inside dict comprehension @2:16-21
            """#)
    }

    func test_ERR_walrus_rebind_iter() throws {
        try check(#"""
            def f():
                return [x := 1 for x in range(3)]
            """#, #"""
            ERR assignment expression cannot rebind comprehension iteration variable 'x' @2:12--
            """#)
    }

    func test_ERR_walrus_in_iterable() throws {
        try check(#"""
            def f():
                return [x for x in (y := [1, 2])]
            """#, #"""
            ERR assignment expression cannot be used in a comprehension iterable expression @2:24-35
            """#)
    }

    func test_ERR_walrus_in_class_comp() throws {
        try check(#"""
            class C:
                z = [(y := i) for i in range(3)]
            """#, #"""
            ERR assignment expression within a comprehension cannot be used in a class body @2:10--
            """#)
    }

    func test_ERR_walrus_inner_loop() throws {
        try check(#"""
            def f():
                return [i for i in range(5) if (j := 0) for j in range(5)]
            """#, #"""
            ERR comprehension inner loop cannot rebind assignment expression target 'j' @2:48--
            """#)
    }

    func test_ERR_symtable_beats_return() throws {
        try check(#"""
            return 1
            def f():
                nonlocal q
            """#, #"""
            ERR no binding for nonlocal 'q' found @3:4-14
            """#)
    }

    func test_ERR_two_directives_order() throws {
        try check(#"""
            def f():
                def g():
                    nonlocal a
                    nonlocal b
            """#, #"""
            ERR no binding for nonlocal 'a' found @3:8-18
            """#)
    }

    func test_ERR_multiline_stmt() throws {
        try check(#"""
            def f():
                x = 1
                global \
                    x
            """#, #"""
            ERR name 'x' is assigned to before global declaration @3:4-12
            """#)
    }

    func test_ERR_nonlocal_indented() throws {
        try check(#"""
            def f():
                if True:
                    nonlocal zz
            """#, #"""
            ERR no binding for nonlocal 'zz' found @3:8-19
            """#)
    }

    func test_global_in_middle() throws {
        try check(#"""
            def f():
                x = 1
                def g():
                    global x
                    def h():
                        return x
                    return h
                return g
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name x:ge
              function f q=f p= a=0/0/0 cells= frees=
                g:local x:local
                function g q=f.<locals>.g p= a=0/0/0 cells= frees=
                  h:local x:ge
                  function h q=f.<locals>.g.<locals>.h p= a=0/0/0 cells= frees=
                    x:gi
            """#)
    }

    func test_class_global_not_propagated() throws {
        try check(#"""
            class C:
                global x
                x = 1
                def m(self):
                    return x
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name x:ge
              class C q=C p= a=0/0/0 cells= frees=
                m:name x:ge
                function m q=C.m p=self a=1/0/0 cells= frees=
                  self:local x:gi
            """#)
    }

    func test_comp_uses_outer_cell() throws {
        try check(#"""
            def f():
                x = 1
                g = lambda: x
                return [x for _ in ()]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=x frees=
                _:local g:local x:cell
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=x
                  x:free
            """#)
    }

    func test_comp_in_genexpr() throws {
        try check(#"""
            def f(rows):
                return ([c * n for c in r] for r in rows for n in r)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=rows a=1/0/0 cells= frees=
                rows:local
                genexpr <genexpr> q=f.<locals>.<genexpr> p=.0 a=1/0/0 cells= frees= gen
                  .0:local c:local n:local r:local
            """#)
    }

    func test_genexpr_in_comp_capture() throws {
        try check(#"""
            def f(rows):
                return [list(c + r for c in r) for r in rows]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=rows a=1/0/0 cells=r frees=
                list:gi r:cell rows:local
                genexpr <genexpr> q=f.<locals>.<genexpr> p=.0 a=1/0/0 cells= frees=r gen
                  .0:local c:local r:free
            """#)
    }

    func test_yield_in_outer_iter() throws {
        try check(#"""
            def f():
                return [x for x in (yield)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees= gen
                x:local
            """#)
    }

    func test_walrus_nested_comps() throws {
        try check(#"""
            def f(xs):
                r = [[(z := y) for y in x] for x in xs]
                return z
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=xs a=1/0/0 cells= frees=
                r:local x:local xs:local y:local z:local
            """#)
    }

    func test_walrus_in_lambda_comp() throws {
        try check(#"""
            g = lambda: [(z := 1) for _ in ()]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              g:name
              lambda <lambda> q=<lambda> p= a=0/0/0 cells= frees=
                _:local z:local
            """#)
    }

    func test_walrus_comp_in_method() throws {
        try check(#"""
            class C:
                def m(self):
                    [(w := i) for i in range(3)]
                    return w
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                m:name
                function m q=C.m p=self a=1/0/0 cells= frees=
                  i:local range:gi self:local w:local
            """#)
    }

    func test_super_as_local() throws {
        try check(#"""
            class C:
                def m(self):
                    super = 1
                    return super
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells=__class__ frees= classcell
                m:name
                function m q=C.m p=self a=1/0/0 cells= frees=__class__
                  __class__:free self:local super:local
            """#)
    }

    func test_dunder_class_assigned() throws {
        try check(#"""
            class C:
                def m(self):
                    __class__ = 1
                    return __class__
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                m:name
                function m q=C.m p=self a=1/0/0 cells= frees=
                  __class__:local self:local
            """#)
    }

    func test_except_name_captured() throws {
        try check(#"""
            def f():
                try:
                    pass
                except E as err:
                    return lambda: err
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=err frees=
                E:gi err:cell
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=err
                  err:free
            """#)
    }

    func test_chain_assign_star() throws {
        try check(#"""
            def f(it):
                a = b = c = 1
                first, *mid, last = it
                [p, (q, r)] = it
                return f"{a}{b!r:{c}}"
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=it a=1/0/0 cells= frees=
                a:local b:local c:local first:local it:local last:local mid:local p:local q:local r:local
            """#)
    }

    func test_class_in_method_uses_self() throws {
        try check(#"""
            class A:
                def m(self):
                    class B:
                        s = self
                        def n(inner):
                            return self
                    return B
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              A:name
              class A q=A p= a=0/0/0 cells= frees=
                m:name
                function m q=A.m p=self a=1/0/0 cells=self frees=
                  B:local self:cell
                  class B q=A.m.<locals>.B p= a=0/0/0 cells= frees=self
                    n:name s:name self:free
                    function n q=A.m.<locals>.B.n p=inner a=1/0/0 cells= frees=self
                      inner:local self:free
            """#)
    }

    func test_lambda_default_in_method() throws {
        try check(#"""
            class C:
                k = 1
                def m(self, f=lambda: k):
                    return f
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                k:name m:name
                lambda <lambda> q=C.<lambda> p= a=0/0/0 cells= frees=
                  k:gi
                function m q=C.m p=self,f a=2/0/0 cells= frees=
                  f:local self:local
            """#)
    }

    func test_genexpr_class_iter() throws {
        try check(#"""
            class C:
                n = [1, 2]
                g = (x for x in n)
                h = (x + len(n) for x in n)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                g:name h:name n:name
                genexpr <genexpr> q=C.<genexpr> p=.0 a=1/0/0 cells= frees= gen
                  .0:local x:local
                genexpr <genexpr> q=C.<genexpr> p=.0 a=1/0/0 cells= frees= gen
                  .0:local len:gi n:gi x:local
            """#)
    }

    func test_future_annotations() throws {
        try check(#"""
            from __future__ import annotations
            def f(a: Foo) -> Bar:
                x: Baz = 1
                return x
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              annotations:name f:name
              function f q=f p=a a=1/0/0 cells= frees=
                a:local x:local
            """#)
    }

    func test_annotations_eager_names() throws {
        try check(#"""
            def f():
                class T: pass
                def g(a: T) -> T: pass
                return g
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                T:local g:local
                class T q=f.<locals>.T p= a=0/0/0 cells= frees=
                  (none)
                function g q=f.<locals>.g p=a a=1/0/0 cells= frees=
                  a:local
            """#)
    }

    func test_ERR_nonlocal_class_var() throws {
        try check(#"""
            class C:
                x = 1
                def m(self):
                    nonlocal x
            """#, #"""
            ERR no binding for nonlocal 'x' found @4:8-18
            """#)
    }

    func test_ERR_nonlocal_global_in_outer() throws {
        try check(#"""
            def f():
                global x
                x = 1
                def g():
                    nonlocal x
            """#, #"""
            ERR no binding for nonlocal 'x' found @5:8-18
            """#)
    }

    func test_import_in_class() throws {
        try check(#"""
            class C:
                import os
                def m(self):
                    return os
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              C:name
              class C q=C p= a=0/0/0 cells= frees=
                m:name os:name
                function m q=C.m p=self a=1/0/0 cells= frees=
                  os:gi self:local
            """#)
    }

    func test_del_free() throws {
        try check(#"""
            def f():
                x = 1
                def g():
                    nonlocal x
                    del x
                return g
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=x frees=
                g:local x:cell
                function g q=f.<locals>.g p= a=0/0/0 cells= frees=x
                  x:free
            """#)
    }

    func test_nested_lambdas() throws {
        try check(#"""
            def f(a):
                return lambda b: lambda c: a + b + c
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=a a=1/0/0 cells=a frees=
                a:cell
                lambda <lambda> q=f.<locals>.<lambda> p=b a=1/0/0 cells=b frees=a
                  a:free b:cell
                  lambda <lambda> q=f.<locals>.<lambda>.<locals>.<lambda> p=c a=1/0/0 cells= frees=a,b
                    a:free b:free c:local
            """#)
    }

    func test_deep_free_through_class_and_comp() throws {
        try check(#"""
            def f():
                v = 1
                class C:
                    w = [v for _ in range(3)]
                    def m(self):
                        return [v for _ in ()]
                return C
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells=v frees=
                C:local v:cell
                class C q=f.<locals>.C p= a=0/0/0 cells= frees=v
                  _:name m:name range:name v:free w:name
                  function m q=f.<locals>.C.m p=self a=1/0/0 cells= frees=v
                    _:local self:local v:free
            """#)
    }

    func test_comp_in_comp_lambda_three() throws {
        try check(#"""
            def f(a):
                return [[[lambda: (i, j, k) for k in a] for j in a] for i in a]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=a a=1/0/0 cells=i,j,k frees=
                a:local i:cell j:cell k:cell
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=i,j,k
                  i:free j:free k:free
            """#)
    }

    func test_comp_module_cell_and_use() throws {
        try check(#"""
            print(z)
            fs = [lambda: z for z in range(3)]
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells=z frees=
              fs:name print:name range:name z:name
              lambda <lambda> q=<lambda> p= a=0/0/0 cells= frees=z
                z:free
            """#)
    }

    func test_two_comps_cells_source_order() throws {
        try check(#"""
            def f(y):
                zz = 1
                a = [lambda: x for x in y]
                g = lambda: zz
                b = [lambda: q for q in y]
                return a
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=y a=1/0/0 cells=x,q,zz frees=
                a:local b:local g:local q:cell x:cell y:local zz:cell
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=x
                  x:free
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=zz
                  zz:free
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=q
                  q:free
            """#)
    }

    func test_param_cell_and_comp_cell() throws {
        try check(#"""
            def f(b, y):
                a = [lambda: x for x in y]
                return lambda: b
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p=b,y a=2/0/0 cells=b,x frees=
                a:local b:cell x:cell y:local
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=x
                  x:free
                lambda <lambda> q=f.<locals>.<lambda> p= a=0/0/0 cells= frees=b
                  b:free
            """#)
    }

    func test_kwonly_varargs_lambda() throws {
        try check(#"""
            g = lambda *, a, b=2, **k: (a, b, k)
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              g:name
              lambda <lambda> q=<lambda> p=a,b,k a=0/0/2 ** cells= frees=
                a:local b:local k:local
            """#)
    }

    func test_ERR_first_error_wins() throws {
        try check(#"""
            def f():
                x = 1
                global x
            def g(a, a):
                pass
            """#, #"""
            ERR name 'x' is assigned to before global declaration @3:4-12
            """#)
    }

    func test_ERR_yield_then_return() throws {
        try check(#"""
            yield 1
            return 2
            """#, #"""
            ERR 'yield' outside function @1:0-7
            """#)
    }

    func test_ERR_dup_in_class_method() throws {
        try check(#"""
            class C:
                def m(self, self):
                    pass
            """#, #"""
            ERR duplicate argument 'self' in function definition @2:16-20
            """#)
    }

    func test_walrus_module_level() throws {
        try check(#"""
            if (n := 3):
                pass
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              n:name
            """#)
    }

    func test_ERR_walrus_iter_lambda() throws {
        try check(#"""
            def f():
                return [x for x in (lambda: (y := 1))()]
            """#, #"""
            ERR assignment expression cannot be used in a comprehension iterable expression @2:33-39
            """#)
    }

    func test_ERR_yield_setcomp() throws {
        try check(#"""
            def f():
                return {(yield) for x in ()}
            """#, #"""
            ERR 'yield' inside set comprehension @2:13-18
            """#)
    }

    func test_ERR_nonlocal_in_comp_target_global() throws {
        try check(#"""
            def f():
                return [(g := 1) for g in range(3)]
            """#, #"""
            ERR assignment expression cannot rebind comprehension iteration variable 'g' @2:13--
            """#)
    }

    func test_ERR_return_dead_code() throws {
        try check(#"""
            if 0:
                return 1
            """#, #"""
            ERR 'return' outside function @2:4-12
            """#)
    }

    func test_ERR_break_module() throws {
        try check(#"""
            if False:
                break
            """#, #"""
            ERR 'break' outside loop @2:4-9
            """#)
    }

    func test_ERR_break_in_for_else() throws {
        try check(#"""
            for x in y:
                pass
            else:
                break
            """#, #"""
            ERR 'break' outside loop @4:4-9
            """#)
    }

    func test_ERR_break_before_return() throws {
        try check(#"""
            break
            return 1
            """#, #"""
            ERR 'break' outside loop @1:0-5
            """#)
    }

    func test_ERR_return_before_break() throws {
        try check(#"""
            return 1
            break
            """#, #"""
            ERR 'return' outside function @1:0-8
            """#)
    }

    func test_ERR_break_in_class_in_loop() throws {
        try check(#"""
            while 1:
                class C:
                    break
            """#, #"""
            ERR 'break' outside loop @3:8-13
            """#)
    }

    func test_ERR_continue_in_def_in_loop() throws {
        try check(#"""
            while 1:
                def f():
                    continue
            """#, #"""
            ERR 'continue' not properly in loop @3:8-16
            """#)
    }

    func test_continue_in_finally() throws {
        try check(#"""
            while 1:
                try:
                    pass
                finally:
                    continue
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              (none)
            """#)
    }

    func test_loops_ok() throws {
        try check(#"""
            def f():
                for i in range(3):
                    if i:
                        break
                    while True:
                        continue
                else:
                    pass
            """#, #"""
            module <module> q=<module> p= a=0/0/0 cells= frees=
              f:name
              function f q=f p= a=0/0/0 cells= frees=
                i:local range:gi
            """#)
    }
}
