// Parser tests. Expected trees and error reports were produced by CPython
// 3.13 (ast.parse with positions; SyntaxError attributes) and are compared
// through a compact text dump of the tree.

import XCTest
@testable import Interpreter

final class ParserTests: XCTestCase {
    // MARK: - Tree shapes and positions (expected values from CPython 3.13)

    func testAssignments() throws {
        let source = #"""
            x = 1
            a = b = c
            x: int = 5
            x.y: str
            x += 1
            a, *b = c
            [a, (b, c)] = d
            x[1:2, ::3] = y
            """#
        try assertAST(source, #"""
        Assign@1:0-1:5([Name@1:0-1:1(x)], Constant@1:4-1:5(int:1))
        Assign@2:0-2:9([Name@2:0-2:1(a), Name@2:4-2:5(b)], Name@2:8-2:9(c))
        AnnAssign@3:0-3:10(Name@3:0-3:1(x), Name@3:3-3:6(int), Constant@3:9-3:10(int:5), 1)
        AnnAssign@4:0-4:8(Attribute@4:0-4:3(Name@4:0-4:1(x), y), Name@4:5-4:8(str), -, 0)
        AugAssign@5:0-5:6(Name@5:0-5:1(x), +, Constant@5:5-5:6(int:1))
        Assign@6:0-6:9([Tuple@6:0-6:5([Name@6:0-6:1(a), Starred@6:3-6:5(Name@6:4-6:5(b))])], Name@6:8-6:9(c))
        Assign@7:0-7:15([List@7:0-7:11([Name@7:1-7:2(a), Tuple@7:4-7:10([Name@7:5-7:6(b), Name@7:8-7:9(c)])])], Name@7:14-7:15(d))
        Assign@8:0-8:15([Subscript@8:0-8:11(Name@8:0-8:1(x), Tuple@8:2-8:10([Slice@8:2-8:5(Constant@8:2-8:3(int:1), Constant@8:4-8:5(int:2), -), Slice@8:7-8:10(-, -, Constant@8:9-8:10(int:3))]))], Name@8:14-8:15(y))
        """#)
    }

    func testControl() throws {
        let source = #"""
            if a:
                pass
            elif b:
                x = 1
            else:
                y = 2
            while x:
                break
            else:
                continue
            for a, b in c:
                pass
            """#
        try assertAST(source, #"""
        If@1:0-6:9(Name@1:3-1:4(a))
          Pass@2:4-2:8
        else:
          If@3:0-6:9(Name@3:5-3:6(b))
            Assign@4:4-4:9([Name@4:4-4:5(x)], Constant@4:8-4:9(int:1))
          else:
            Assign@6:4-6:9([Name@6:4-6:5(y)], Constant@6:8-6:9(int:2))
        While@7:0-10:12(Name@7:6-7:7(x))
          Break@8:4-8:9
        else:
          Continue@10:4-10:12
        For@11:0-12:8(Tuple@11:4-11:8([Name@11:4-11:5(a), Name@11:7-11:8(b)]), Name@11:12-11:13(c))
          Pass@12:4-12:8
        else:
        """#)
    }

    func testTry() throws {
        let source = #"""
            try:
                x
            except (A, B) as e:
                raise X from e
            except:
                raise
            else:
                y
            finally:
                z
            """#
        try assertAST(source, #"""
        Try@1:0-10:5
          Expr@2:4-2:5(Name@2:4-2:5(x))
        except@3:0-4:18(Tuple@3:7-3:13([Name@3:8-3:9(A), Name@3:11-3:12(B)]), e)
          Raise@4:4-4:18(Name@4:10-4:11(X), Name@4:17-4:18(e))
        except@5:0-6:9(-, -)
          Raise@6:4-6:9(-, -)
        else:
          Expr@8:4-8:5(Name@8:4-8:5(y))
        finally:
          Expr@10:4-10:5(Name@10:4-10:5(z))
        """#)
    }

    func testWith() throws {
        let source = #"""
            with a as b, c:
                pass
            with (open(f) as g, h as (i, j),):
                pass
            """#
        try assertAST(source, #"""
        With@1:0-2:8([item(Name@1:5-1:6(a), Name@1:10-1:11(b)), item(Name@1:13-1:14(c), -)])
          Pass@2:4-2:8
        With@3:0-4:8([item(Call@3:6-3:13(Name@3:6-3:10(open), [Name@3:11-3:12(f)], []), Name@3:17-3:18(g)), item(Name@3:20-3:21(h), Tuple@3:25-3:31([Name@3:26-3:27(i), Name@3:29-3:30(j)]))])
          Pass@4:4-4:8
        """#)
    }

    func testDefs() throws {
        let source = #"""
            @dec
            @dec2(1)
            def f(a, b=1, /, c=2, *args, d, e=3, **kw) -> int:
                return a, b

            class C(Base, metaclass=M):
                def m(self): ...
            """#
        try assertAST(source, #"""
        FunctionDef@3:0-4:15(f, args(posonly=[a@3:6-3:7:-, b@3:9-3:10:-], args=[c@3:17-3:18:-], vararg=args@3:23-3:27:-, kwonly=[d@3:29-3:30:-, e@3:32-3:33:-], kwdefaults=[-, Constant@3:34-3:35(int:3)], kwarg=kw@3:39-3:41:-, defaults=[Constant@3:11-3:12(int:1), Constant@3:19-3:20(int:2)]), decorators=[Name@1:1-1:4(dec), Call@2:1-2:8(Name@2:1-2:5(dec2), [Constant@2:6-2:7(int:1)], [])], returns=Name@3:46-3:49(int))
          Return@4:4-4:15(Tuple@4:11-4:15([Name@4:11-4:12(a), Name@4:14-4:15(b)]))
        ClassDef@6:0-7:20(C, [Name@6:8-6:12(Base)], [kw(metaclass)@6:14-6:25=Name@6:24-6:25(M)], decorators=[])
          FunctionDef@7:4-7:20(m, args(posonly=[], args=[self@7:10-7:14:-], vararg=-, kwonly=[], kwdefaults=[], kwarg=-, defaults=[]), decorators=[], returns=-)
            Expr@7:17-7:20(Constant@7:17-7:20(Ellipsis))
        """#)
    }

    func testImports() throws {
        let source = #"""
            import a.b as c, d
            from . import x
            from ..m import (y, z as w)
            from m import *
            global g
            def f():
                nonlocal n
                del a, b[0], c.d
                assert x, "msg"
            """#
        try assertAST(source, #"""
        Import@1:0-1:18([a.b as c@1:7-1:15, d as -@1:17-1:18])
        ImportFrom@2:0-2:15(-, [x as -@2:14-2:15], 1)
        ImportFrom@3:0-3:27(m, [y as -@3:17-3:18, z as w@3:20-3:26], 2)
        ImportFrom@4:0-4:15(m, [* as -@4:14-4:15], 0)
        Global@5:0-5:8([g])
        FunctionDef@6:0-9:19(f, args(posonly=[], args=[], vararg=-, kwonly=[], kwdefaults=[], kwarg=-, defaults=[]), decorators=[], returns=-)
          Nonlocal@7:4-7:14([n])
          Delete@8:4-8:20([Name@8:8-8:9(a), Subscript@8:11-8:15(Name@8:11-8:12(b), Constant@8:13-8:14(int:0)), Attribute@8:17-8:20(Name@8:17-8:18(c), d)])
          Assert@9:4-9:19(Name@9:11-9:12(x), Constant@9:14-9:19(str:"msg"))
        """#)
    }

    func testOperators() throws {
        let source = #"""
            x = -2**2
            y = a if b else c
            z = not a and b or c
            w = a < b <= c != d
            v = a not in b is not c
            u = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
            t = ~a
            """#
        try assertAST(source, #"""
        Assign@1:0-1:9([Name@1:0-1:1(x)], UnaryOp@1:4-1:9(-, BinOp@1:5-1:9(Constant@1:5-1:6(int:2), **, Constant@1:8-1:9(int:2))))
        Assign@2:0-2:17([Name@2:0-2:1(y)], IfExp@2:4-2:17(Name@2:9-2:10(b), Name@2:4-2:5(a), Name@2:16-2:17(c)))
        Assign@3:0-3:20([Name@3:0-3:1(z)], BoolOp@3:4-3:20(or, [BoolOp@3:4-3:15(and, [UnaryOp@3:4-3:9(not, Name@3:8-3:9(a)), Name@3:14-3:15(b)]), Name@3:19-3:20(c)]))
        Assign@4:0-4:19([Name@4:0-4:1(w)], Compare@4:4-4:19(Name@4:4-4:5(a), [<, <=, !=], [Name@4:8-4:9(b), Name@4:13-4:14(c), Name@4:18-4:19(d)]))
        Assign@5:0-5:23([Name@5:0-5:1(v)], Compare@5:4-5:23(Name@5:4-5:5(a), [not in, is not], [Name@5:13-5:14(b), Name@5:22-5:23(c)]))
        Assign@6:0-6:56([Name@6:0-6:1(u)], BinOp@6:4-6:56(Name@6:4-6:5(a), |, BinOp@6:8-6:56(Name@6:8-6:9(b), ^, BinOp@6:12-6:56(Name@6:12-6:13(c), &, BinOp@6:16-6:56(BinOp@6:16-6:22(Name@6:16-6:17(d), <<, Name@6:21-6:22(e)), >>, BinOp@6:26-6:56(BinOp@6:26-6:31(Name@6:26-6:27(f), +, Name@6:30-6:31(g)), -, BinOp@6:34-6:56(BinOp@6:34-6:52(BinOp@6:34-6:48(BinOp@6:34-6:43(BinOp@6:34-6:39(Name@6:34-6:35(h), *, Name@6:38-6:39(i)), /, Name@6:42-6:43(j)), //, Name@6:47-6:48(k)), %, Name@6:51-6:52(l)), @, Name@6:55-6:56(m))))))))
        Assign@7:0-7:6([Name@7:0-7:1(t)], UnaryOp@7:4-7:6(~, Name@7:5-7:6(a)))
        """#)
    }

    func testCalls() throws {
        let source = #"""
            f(a, *b, c=1, **d)
            f(x for x in y)
            obj.m(1)[2].n
            f(a)(b)
            """#
        try assertAST(source, #"""
        Expr@1:0-1:18(Call@1:0-1:18(Name@1:0-1:1(f), [Name@1:2-1:3(a), Starred@1:5-1:7(Name@1:6-1:7(b))], [kw(c)@1:9-1:12=Constant@1:11-1:12(int:1), kw(**)@1:14-1:17=Name@1:16-1:17(d)]))
        Expr@2:0-2:15(Call@2:0-2:15(Name@2:0-2:1(f), [GeneratorExp@2:1-2:15(Name@2:2-2:3(x), [for(Name@2:8-2:9(x), Name@2:13-2:14(y), [])])], []))
        Expr@3:0-3:13(Attribute@3:0-3:13(Subscript@3:0-3:11(Call@3:0-3:8(Attribute@3:0-3:5(Name@3:0-3:3(obj), m), [Constant@3:6-3:7(int:1)], []), Constant@3:9-3:10(int:2)), n))
        Expr@4:0-4:7(Call@4:0-4:7(Call@4:0-4:4(Name@4:0-4:1(f), [Name@4:2-4:3(a)], []), [Name@4:5-4:6(b)], []))
        """#)
    }

    func testDisplays() throws {
        let source = #"""
            x = [1, *a]
            y = {1, 2}
            z = {"a": 1, **b}
            w = ()
            v = (1,)
            u = {}
            t = ...
            """#
        try assertAST(source, #"""
        Assign@1:0-1:11([Name@1:0-1:1(x)], List@1:4-1:11([Constant@1:5-1:6(int:1), Starred@1:8-1:10(Name@1:9-1:10(a))]))
        Assign@2:0-2:10([Name@2:0-2:1(y)], Set@2:4-2:10([Constant@2:5-2:6(int:1), Constant@2:8-2:9(int:2)]))
        Assign@3:0-3:17([Name@3:0-3:1(z)], Dict@3:4-3:17([Constant@3:5-3:8(str:"a"), -], [Constant@3:10-3:11(int:1), Name@3:15-3:16(b)]))
        Assign@4:0-4:6([Name@4:0-4:1(w)], Tuple@4:4-4:6([]))
        Assign@5:0-5:8([Name@5:0-5:1(v)], Tuple@5:4-5:8([Constant@5:5-5:6(int:1)]))
        Assign@6:0-6:6([Name@6:0-6:1(u)], Dict@6:4-6:6([], []))
        Assign@7:0-7:7([Name@7:0-7:1(t)], Constant@7:4-7:7(Ellipsis))
        """#)
    }

    func testComprehensions() throws {
        let source = #"""
            a = [x for x in y if x if z for w in x]
            b = {k: v for k, v in d}
            c = {x for x in y}
            d = (x for x in y)
            """#
        try assertAST(source, #"""
        Assign@1:0-1:39([Name@1:0-1:1(a)], ListComp@1:4-1:39(Name@1:5-1:6(x), [for(Name@1:11-1:12(x), Name@1:16-1:17(y), [Name@1:21-1:22(x), Name@1:26-1:27(z)]), for(Name@1:32-1:33(w), Name@1:37-1:38(x), [])]))
        Assign@2:0-2:24([Name@2:0-2:1(b)], DictComp@2:4-2:24(Name@2:5-2:6(k), Name@2:8-2:9(v), [for(Tuple@2:14-2:18([Name@2:14-2:15(k), Name@2:17-2:18(v)]), Name@2:22-2:23(d), [])]))
        Assign@3:0-3:18([Name@3:0-3:1(c)], SetComp@3:4-3:18(Name@3:5-3:6(x), [for(Name@3:11-3:12(x), Name@3:16-3:17(y), [])]))
        Assign@4:0-4:18([Name@4:0-4:1(d)], GeneratorExp@4:4-4:18(Name@4:5-4:6(x), [for(Name@4:11-4:12(x), Name@4:16-4:17(y), [])]))
        """#)
    }

    func testLambdaWalrusYield() throws {
        let source = #"""
            f = lambda x, *y, z=1, **k: x
            if (n := 10) > 5:
                pass
            def g():
                x = yield
                yield from y
                z = yield 1, 2
            """#
        try assertAST(source, #"""
        Assign@1:0-1:29([Name@1:0-1:1(f)], Lambda@1:4-1:29(args(posonly=[], args=[x@1:11-1:12:-], vararg=y@1:15-1:16:-, kwonly=[z@1:18-1:19:-], kwdefaults=[Constant@1:20-1:21(int:1)], kwarg=k@1:25-1:26:-, defaults=[]), Name@1:28-1:29(x)))
        If@2:0-3:8(Compare@2:3-2:16(NamedExpr@2:4-2:11(n, Constant@2:9-2:11(int:10)), [>], [Constant@2:15-2:16(int:5)]))
          Pass@3:4-3:8
        else:
        FunctionDef@4:0-7:18(g, args(posonly=[], args=[], vararg=-, kwonly=[], kwdefaults=[], kwarg=-, defaults=[]), decorators=[], returns=-)
          Assign@5:4-5:13([Name@5:4-5:5(x)], Yield@5:8-5:13(-))
          Expr@6:4-6:16(YieldFrom@6:4-6:16(Name@6:15-6:16(y)))
          Assign@7:4-7:18([Name@7:4-7:5(z)], Yield@7:8-7:18(Tuple@7:14-7:18([Constant@7:14-7:15(int:1), Constant@7:17-7:18(int:2)])))
        """#)
    }

    func testNumbers() throws {
        let source = #"""
            a = 0xFF
            b = 0o17
            c = 0b1010
            d = 1_000_000
            e = 1.5
            f = 1e10
            g = .5
            h = 3j
            i = 123456789012345678901234567890
            j = 0xFFFFFFFFFFFFFFFFFF
            k = 1_000.0
            l = 1E-3
            """#
        try assertAST(source, #"""
        Assign@1:0-1:8([Name@1:0-1:1(a)], Constant@1:4-1:8(int:255))
        Assign@2:0-2:8([Name@2:0-2:1(b)], Constant@2:4-2:8(int:15))
        Assign@3:0-3:10([Name@3:0-3:1(c)], Constant@3:4-3:10(int:10))
        Assign@4:0-4:13([Name@4:0-4:1(d)], Constant@4:4-4:13(int:1000000))
        Assign@5:0-5:7([Name@5:0-5:1(e)], Constant@5:4-5:7(float:3ff8000000000000))
        Assign@6:0-6:8([Name@6:0-6:1(f)], Constant@6:4-6:8(float:4202a05f20000000))
        Assign@7:0-7:6([Name@7:0-7:1(g)], Constant@7:4-7:6(float:3fe0000000000000))
        Assign@8:0-8:6([Name@8:0-8:1(h)], Constant@8:4-8:6(imag:4008000000000000))
        Assign@9:0-9:34([Name@9:0-9:1(i)], Constant@9:4-9:34(big:123456789012345678901234567890))
        Assign@10:0-10:24([Name@10:0-10:1(j)], Constant@10:4-10:24(big:4722366482869645213695))
        Assign@11:0-11:11([Name@11:0-11:1(k)], Constant@11:4-11:11(float:408f400000000000))
        Assign@12:0-12:8([Name@12:0-12:1(l)], Constant@12:4-12:8(float:3f50624dd2f1a9fc))
        """#)
    }

    func testStrings() throws {
        let source = #"""
            a = "tab\tnl\n\\ \x41 \u00e9 \U0001F600 \101"
            b = r"\d+"
            c = b"\x00ab"
            d = """multi
            line"""
            e = "a" "b"
            f = u"x"
            g = 'single'
            h = "\N{BULLET}"
            i = Rb"\x"
            """#
        try assertAST(source, #"""
        Assign@1:0-1:45([Name@1:0-1:1(a)], Constant@1:4-1:45(str:"tab\u{9}nl\u{a}\u{5c} A \u{e9} \u{1f600} A"))
        Assign@2:0-2:10([Name@2:0-2:1(b)], Constant@2:4-2:10(str:"\u{5c}d+"))
        Assign@3:0-3:13([Name@3:0-3:1(c)], Constant@3:4-3:13(bytes:006162))
        Assign@4:0-5:7([Name@4:0-4:1(d)], Constant@4:4-5:7(str:"multi\u{a}line"))
        Assign@6:0-6:11([Name@6:0-6:1(e)], Constant@6:4-6:11(str:"ab"))
        Assign@7:0-7:8([Name@7:0-7:1(f)], Constant@7:4-7:8(str:"x"))
        Assign@8:0-8:12([Name@8:0-8:1(g)], Constant@8:4-8:12(str:"single"))
        Assign@9:0-9:16([Name@9:0-9:1(h)], Constant@9:4-9:16(str:"\u{2022}"))
        Assign@10:0-10:10([Name@10:0-10:1(i)], Constant@10:4-10:10(bytes:5c78))
        """#)
    }

    func testFstrings() throws {
        let source = #"""
            a = f"x{y!r:>{w}.{p}f}z"
            b = f"{x=}"
            c = f"{x = !s}"
            d = f"{{lit}}"
            e = "a" f"b{c}" "d"
            f = f"{f"{inner}"}"
            g = f"""
            {x}
            """
            h = f""
            i = rf"\d{x}"
            """#
        try assertAST(source, #"""
        Assign@1:0-1:24([Name@1:0-1:1(a)], JoinedStr@1:4-1:24([Constant@1:6-1:7(str:"x"), FormattedValue@1:7-1:22(Name@1:8-1:9(y), r, JoinedStr@1:11-1:21([Constant@1:12-1:13(str:">"), FormattedValue@1:13-1:16(Name@1:14-1:15(w), -, -), Constant@1:16-1:17(str:"."), FormattedValue@1:17-1:20(Name@1:18-1:19(p), -, -), Constant@1:20-1:21(str:"f")])), Constant@1:22-1:23(str:"z")]))
        Assign@2:0-2:11([Name@2:0-2:1(b)], JoinedStr@2:4-2:11([Constant@2:7-2:9(str:"x="), FormattedValue@2:6-2:10(Name@2:7-2:8(x), r, -)]))
        Assign@3:0-3:15([Name@3:0-3:1(c)], JoinedStr@3:4-3:15([Constant@3:7-3:11(str:"x = "), FormattedValue@3:6-3:14(Name@3:7-3:8(x), s, -)]))
        Assign@4:0-4:14([Name@4:0-4:1(d)], JoinedStr@4:4-4:14([Constant@4:6-4:13(str:"{lit}")]))
        Assign@5:0-5:19([Name@5:0-5:1(e)], JoinedStr@5:4-5:19([Constant@5:4-5:11(str:"ab"), FormattedValue@5:11-5:14(Name@5:12-5:13(c), -, -), Constant@5:16-5:19(str:"d")]))
        Assign@6:0-6:19([Name@6:0-6:1(f)], JoinedStr@6:4-6:19([FormattedValue@6:6-6:18(JoinedStr@6:7-6:17([FormattedValue@6:9-6:16(Name@6:10-6:15(inner), -, -)]), -, -)]))
        Assign@7:0-9:3([Name@7:0-7:1(g)], JoinedStr@7:4-9:3([Constant@7:8-8:0(str:"\u{a}"), FormattedValue@8:0-8:3(Name@8:1-8:2(x), -, -), Constant@8:3-9:0(str:"\u{a}")]))
        Assign@10:0-10:7([Name@10:0-10:1(h)], JoinedStr@10:4-10:7([]))
        Assign@11:0-11:13([Name@11:0-11:1(i)], JoinedStr@11:4-11:13([Constant@11:7-11:9(str:"\u{5c}d"), FormattedValue@11:9-11:12(Name@11:10-11:11(x), -, -)]))
        """#)
    }

    func testLayout() throws {
        let source = #"""
            x = (1 +
                 2)
            y = 1 + \
                2
            if x: y = 1; z = 2

            # comment
               # indented comment
            z = [
              1,
              2,
            ]
            """#
        try assertAST(source, #"""
        Assign@1:0-2:7([Name@1:0-1:1(x)], BinOp@1:5-2:6(Constant@1:5-1:6(int:1), +, Constant@2:5-2:6(int:2)))
        Assign@3:0-4:5([Name@3:0-3:1(y)], BinOp@3:4-4:5(Constant@3:4-3:5(int:1), +, Constant@4:4-4:5(int:2)))
        If@5:0-5:18(Name@5:3-5:4(x))
          Assign@5:6-5:11([Name@5:6-5:7(y)], Constant@5:10-5:11(int:1))
          Assign@5:13-5:18([Name@5:13-5:14(z)], Constant@5:17-5:18(int:2))
        else:
        Assign@9:0-12:1([Name@9:0-9:1(z)], List@9:4-12:1([Constant@10:2-10:3(int:1), Constant@11:2-11:3(int:2)]))
        """#)
    }


    func testDebugTextFollowsCPythonQuirks() throws {
        // The `x=` text stops at the first top-level '!' (even of `!=`) and
        // leaves out comments.
        let source = #"""
            a = f"{x!=y=}"
            b = f"""{1+2 = # note
            }"""
            """#
        try assertAST(source, #"""
        Assign@1:0-1:14([Name@1:0-1:1(a)], JoinedStr@1:4-1:14([Constant@1:7-1:12(str:"x"), FormattedValue@1:6-1:13(Compare@1:7-1:11(Name@1:7-1:8(x), [!=], [Name@1:10-1:11(y)]), r, -)]))
        Assign@2:0-3:4([Name@2:0-2:1(b)], JoinedStr@2:4-3:4([Constant@2:9-3:0(str:"1+2 = \u{a}"), FormattedValue@2:8-3:1(BinOp@2:9-2:12(Constant@2:9-2:10(int:1), +, Constant@2:11-2:12(int:2)), r, -)]))
        """#)
    }

    // MARK: - Statement details

    func testFunctionRangeStartsAtDefNotDecorator() throws {
        let module = try Parser.parse(source: "@a\n@b(1)\ndef f():\n    pass\n", filename: "t.py")
        guard case .functionDef(let f) = module.body[0].kind else { return XCTFail("not a def") }
        XCTAssertEqual(f.defLine, 3)
        XCTAssertEqual(module.body[0].range, SourceRange(line: 3, column: 0, endLine: 4, endColumn: 8))
        XCTAssertEqual(f.decorators.count, 2)
        XCTAssertEqual(f.decorators[0].range, SourceRange(line: 1, column: 1, endLine: 1, endColumn: 2))
    }

    func testClassDefLine() throws {
        let module = try Parser.parse(source: "@d\nclass C(B, metaclass=M):\n    x = 1\n", filename: "t.py")
        guard case .classDef(let c) = module.body[0].kind else { return XCTFail("not a class") }
        XCTAssertEqual(c.defLine, 2)
        XCTAssertEqual(c.bases.count, 1)
        XCTAssertEqual(c.keywords.first?.name, "metaclass")
    }

    func testStatementLinesInCompoundBodies() throws {
        let source = "for i in range(3):\n    if i:\n        x = i; y = 2\n    else:\n        pass\n"
        let module = try Parser.parse(source: source, filename: "t.py")
        guard case .for(_, _, let body, _) = module.body[0].kind,
              case .if(_, let thenBody, let elseBody) = body[0].kind else { return XCTFail("shape") }
        XCTAssertEqual(thenBody.map(\.range.line), [3, 3])
        XCTAssertEqual(thenBody.map(\.range.column), [8, 15])
        XCTAssertEqual(elseBody.first?.range.line, 5)
    }

    // MARK: - Scope IDs

    func testScopeIDsInSourceOrder() throws {
        let source = """
            def f(a=lambda: 1):
                return [x for x in (y for y in a)]
            class C:
                g = {k: v for k, v in d}
            h = lambda: {s for s in t}
            """
        let module = try Parser.parse(source: source, filename: "t.py")
        XCTAssertEqual(module.scopeCount, 9)
        var ids: [Int] = []
        func expr(_ e: Expr) {
            switch e.kind {
            case .lambda(let l): ids.append(l.scopeID); expr(l.body)
            case .listComp(let c), .setComp(let c), .dictComp(let c), .generatorExp(let c):
                ids.append(c.scopeID)
                c.generators.forEach { expr($0.iter) }
            default: break
            }
        }
        for stmt in module.body {
            switch stmt.kind {
            case .functionDef(let f):
                ids.append(f.scopeID)
                f.args.defaults.forEach(expr)
                if case .return(let value?) = f.body[0].kind { expr(value) }
            case .classDef(let c):
                ids.append(c.scopeID)
                if case .assign(_, let value) = c.body[0].kind { expr(value) }
            case .assign(_, let value):
                expr(value)
            default: break
            }
        }
        // def f, its default lambda, the list comprehension, the generator
        // inside it, class C, the dict comprehension, the lambda and its set
        // comprehension: numbered in the order their first tokens appear.
        XCTAssertEqual(ids, [1, 2, 3, 4, 5, 6, 7, 8])
    }

    func testModuleWithoutScopes() throws {
        XCTAssertEqual(try Parser.parse(source: "x = 1\n", filename: "t.py").scopeCount, 1)
    }

    // MARK: - Odd but valid input

    func testEmptyAndCommentOnlyFiles() throws {
        for source in ["", "\n", "# only a comment", "   \n\t\n# c\n", "\u{FEFF}"] {
            XCTAssertEqual(try Parser.parse(source: source, filename: "t.py").body.count, 0, source.debugDescription)
        }
    }

    func testLineEndingsBOMAndTabs() throws {
        let crlf = try Parser.parse(source: "if x:\r\n    y = 1\r\nz = 2", filename: "t.py")
        XCTAssertEqual(crlf.body.map(\.range.line), [1, 3])
        let bom = try Parser.parse(source: "\u{FEFF}x = 1\n", filename: "t.py")
        XCTAssertEqual(bom.body[0].range, SourceRange(line: 1, column: 0, endLine: 1, endColumn: 5))
        let tabs = try Parser.parse(source: "if x:\n\ty = 1\n\tz = 2\n", filename: "t.py")
        guard case .if(_, let body, _) = tabs.body[0].kind else { return XCTFail("shape") }
        XCTAssertEqual(body.count, 2)
    }

    func testNonASCIIColumnsCountCharacters() throws {
        let module = try Parser.parse(source: "s = \"é\" + ü\n", filename: "t.py")
        guard case .assign(_, let value) = module.body[0].kind, case .binOp(_, _, let right) = value.kind else {
            return XCTFail("shape")
        }
        XCTAssertEqual(right.range, SourceRange(line: 1, column: 10, endLine: 1, endColumn: 11))
    }

    // MARK: - Errors (messages and positions from CPython 3.13)

    struct ErrorCase {
        var source: String
        var kind: SyntaxErrorInfo.Kind
        var message: String
        var line: Int
        var column: Int?
        var endColumn: Int?
        init(_ source: String, _ kind: SyntaxErrorInfo.Kind, _ message: String, _ line: Int, _ column: Int?, _ endColumn: Int?) {
            self.source = source
            self.kind = kind
            self.message = message
            self.line = line
            self.column = column
            self.endColumn = endColumn
        }
    }

    let errorCases: [ErrorCase] = [
        ErrorCase("x = = 1\n", .syntax, "invalid syntax", 1, 4, 5),
        ErrorCase("if x\n    pass\n", .syntax, "expected ':'", 1, 4, 5),
        ErrorCase("f(a b)\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 2, 5),
        ErrorCase("  x = 1\n", .indentation, "unexpected indent", 1, 1, nil),
        ErrorCase("x = 1\n\n\nif x:\npass\n", .indentation, "expected an indented block after 'if' statement on line 4", 5, 0, 4),
        ErrorCase("if x:\n        a\n    b\n", .indentation, "unindent does not match any outer indentation level", 3, 5, nil),
        ErrorCase("x = 1\ny = 2\nz = \"abc\n", .syntax, "unterminated string literal (detected at line 3)", 3, 4, 4),
        ErrorCase("x = \"\"\"abc\n\ny\n", .syntax, "unterminated triple-quoted string literal (detected at line 3)", 1, 4, 4),
        ErrorCase("foo(1, 2\n", .syntax, "'(' was never closed", 1, 3, nil),
        ErrorCase("x = 1)\n", .syntax, "unmatched ')'", 1, 5, 5),
        ErrorCase("x = (1]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 6),
        ErrorCase("x = (1,\n  2]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '(' on line 1", 2, 3, 3),
        ErrorCase("1 = x\n", .syntax, "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 0, 1),
        ErrorCase("f() = 1\n", .syntax, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 0, 3),
        ErrorCase("a + b = 1\n", .syntax, "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 0, 5),
        ErrorCase("x = 1abc\n", .syntax, "invalid decimal literal", 1, 4, 4),
        ErrorCase("x = 0123\n", .syntax, "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", 1, 4, 5),
        ErrorCase("x = f\"{a\"\n", .syntax, "f-string: expecting '}'", 1, 8, 8),
        ErrorCase("print \"hello\"\n", .syntax, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 0, 13),
        ErrorCase("x = 5 \u{20AC} 3\n", .syntax, "invalid character '\u{20AC}' (U+20AC)", 1, 6, 6),
        ErrorCase("def f():\n", .indentation, "expected an indented block after function definition on line 1", 1, 8, nil),
        ErrorCase("for x in y:\nz\n", .indentation, "expected an indented block after 'for' statement on line 1", 2, 0, 1),
        ErrorCase("while x:\nz\n", .indentation, "expected an indented block after 'while' statement on line 1", 2, 0, 1),
        ErrorCase("class C:\nz\n", .indentation, "expected an indented block after class definition on line 1", 2, 0, 1),
        ErrorCase("try:\nz\n", .indentation, "expected an indented block after 'try' statement on line 1", 2, 0, 1),
        ErrorCase("try:\n  z\nexcept:\nz\n", .indentation, "expected an indented block after 'except' statement on line 3", 4, 0, 1),
        ErrorCase("if a:\n  b\nelse:\nz\n", .indentation, "expected an indented block after 'else' statement on line 3", 4, 0, 1),
        ErrorCase("if a:\n  b\nelif c:\nz\n", .indentation, "expected an indented block after 'elif' statement on line 3", 4, 0, 1),
        ErrorCase("with a:\nz\n", .indentation, "expected an indented block after 'with' statement on line 1", 2, 0, 1),
        ErrorCase("try:\n  z\nfinally:\nz\n", .indentation, "expected an indented block after 'finally' statement on line 3", 4, 0, 1),
        ErrorCase("x = = 1\ny = \"abc\n", .syntax, "unterminated string literal (detected at line 2)", 2, 4, 4),
        ErrorCase("foo(a, b\nx = 1\n", .syntax, "'(' was never closed", 1, 3, nil),
        ErrorCase("x = 1 +\n", .syntax, "invalid syntax", 1, 7, 8),
        ErrorCase("x = (1 +", .syntax, "'(' was never closed", 1, 4, nil),
        ErrorCase("if x = 3:\n  pass\n", .syntax, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 3, 8),
        ErrorCase("x = [1, 2 3]\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 8, 11),
        ErrorCase("a, b += 1\n", .syntax, "'tuple' is an illegal expression for augmented assignment", 1, 0, 4),
        ErrorCase("del f()\n", .syntax, "cannot delete function call", 1, 4, 7),
        ErrorCase("for 1 in x: pass\n", .syntax, "cannot assign to literal", 1, 4, 5),
        ErrorCase("x = 1 \\ 2\n", .syntax, "unexpected character after line continuation character", 1, 7, nil),
        ErrorCase("if True:\n\tx = 1\n        y = 2\n", .tab, "inconsistent use of tabs and spaces in indentation", 3, 0, nil),
        ErrorCase("def f(a=1, b): pass\n", .syntax, "parameter without a default follows parameter with a default", 1, 11, 12),
        ErrorCase("f(x for x in y, 1)\n", .syntax, "Generator expression must be parenthesized", 1, 2, 14),
        ErrorCase("f(a=1, b)\n", .syntax, "positional argument follows keyword argument", 1, 8, 9),
        ErrorCase("x = f\"{}\"\n", .syntax, "f-string: valid expression required before '}'", 1, 7, 8),
        ErrorCase("x = f\"}\"\n", .syntax, "f-string: single '}' is not allowed", 1, 6, 6),
        ErrorCase("x = f\"{x!z}\"\n", .syntax, "f-string: invalid conversion character 'z': expected 's', 'r', or 'a'", 1, 9, 10),
        ErrorCase("x = 0x\n", .syntax, "invalid hexadecimal literal", 1, 5, 5),
        ErrorCase("x = 0b102\n", .syntax, "invalid digit '2' in binary literal", 1, 8, 8),
        ErrorCase("x = 0o8\n", .syntax, "invalid digit '8' in octal literal", 1, 6, 6),
        ErrorCase("x = 1__0\n", .syntax, "invalid decimal literal", 1, 5, 5),
        ErrorCase("None = 1\n", .syntax, "cannot assign to None", 1, 0, 4),
        ErrorCase("f(True=1)\n", .syntax, "cannot assign to True", 1, 2, 7),
        ErrorCase("x = \"\\x4\"\n", .syntax, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", 1, 4, 9),
        ErrorCase("import\n", .syntax, "Expected one or more names after 'import'", 1, 6, 6),
        ErrorCase("from x import a,\n", .syntax, "trailing comma not allowed without surrounding parentheses", 1, 16, 17),
        ErrorCase("x = {1: 2, 3}\n", .syntax, "':' expected after dictionary key", 1, 11, nil),
        ErrorCase("else:\n  pass\n", .syntax, "invalid syntax", 1, 0, 4),
        ErrorCase("x = 1 if 2\n", .syntax, "expected 'else' after 'if' expression", 1, 4, 10),
        ErrorCase("def f()\n  pass\n", .syntax, "expected ':'", 1, 7, 8),
        ErrorCase("x = yield = 3\n", .syntax, "assignment to yield expression not possible", 1, 4, 9),
        ErrorCase("x = 1 +\\\n", .syntax, "unexpected EOF while parsing", 1, 8, nil),
        ErrorCase("@dec\n", .syntax, "invalid syntax", 1, nil, nil),
        ErrorCase(String(repeating: "x = (", count: 250) + "\n", .syntax, "too many nested parentheses", 1, 1004, 1004),
        ErrorCase("x = b\"a\" \"b\"\n", .syntax, "cannot mix bytes and nonbytes literals", 1, 12, 13),
        ErrorCase("x = \u{A0} 1\n", .syntax, "invalid non-printable character U+00A0", 1, 4, 4),
        ErrorCase("x = a.1\n", .syntax, "invalid syntax", 1, 5, 7),
        ErrorCase("x = $\n", .syntax, "invalid syntax", 1, 4, 5),
        ErrorCase("try:\n  pass\n", .syntax, "expected 'except' or 'finally' block", 2, 6, nil),
        ErrorCase("x = f\"{x:{y}\"\n", .syntax, "f-string: expecting '}', or format specs", 1, 12, 13),
        ErrorCase("x = f\"abc\n", .syntax, "unterminated f-string literal (detected at line 1)", 1, 4, 4),
        ErrorCase("lambda x=1, y: x\n", .syntax, "parameter without a default follows parameter with a default", 1, 12, 13),
        ErrorCase("def f(*): pass\n", .syntax, "named arguments must follow bare *", 1, 6, 7),
        ErrorCase("x = 1 + not y\n", .syntax, "'not' after an operator must be parenthesized", 1, 8, 13),
        ErrorCase("x = [*a for a in b]\n", .syntax, "iterable unpacking cannot be used in comprehension", 1, 5, 7),
        ErrorCase("with a as 1: pass\n", .syntax, "cannot assign to literal", 1, 10, 11),
        ErrorCase("(a, b) : int = 1\n", .syntax, "only single target (not tuple) can be annotated", 1, 0, 6),
        ErrorCase("def f:\n  pass\n", .syntax, "expected '('", 1, 5, 6),
        ErrorCase("try:\n  pass\nexcept A, B:\n  pass\n", .syntax, "multiple exception types must be parenthesized", 3, 7, 11),
        ErrorCase("f(**k, *a)\n", .syntax, "iterable argument unpacking follows keyword argument unpacking", 1, 5, 9),
        ErrorCase("x = (**a)\n", .syntax, "cannot use double starred expression here", 1, 5, 7),
        ErrorCase("print(d.get(c c))\n", .syntax, "invalid syntax", 1, 14, 15),
        ErrorCase("x { (*a) }\n", .syntax, "cannot use starred expression here", 1, 5, 7),
        ErrorCase("c = f'{ a\nif x:\n  y\n", .syntax, "f-string: expecting '=', or '!', or ':', or '}'", 2, 0, 2),
        ErrorCase("nonlocal\n", .syntax, "invalid syntax", 1, 8, 9),
        // The dict's invalid alternative runs even where invalid rules are off.
        ErrorCase("x{y:}\n", .syntax, "expression expected after dictionary key and ':'", 1, 3, 4),
        ErrorCase("(x 1 + {y:})\n", .syntax, "expression expected after dictionary key and ':'", 1, 9, 10),
        // CPython's soft-keyword check matches any prefix of one ("t" of "type").
        ErrorCase("f(t u)\n", .syntax, "invalid syntax", 1, 4, 5),
        ErrorCase("f(a u)\n", .syntax, "invalid syntax. Perhaps you forgot a comma?", 1, 2, 5),
        // An earlier error keeps its place before a bracket left open later,
        // and a tokenizer error inside an f-string does not override it.
        ErrorCase("x = = 1\ny = (\n", .syntax, "invalid syntax", 1, 4, 5),
        ErrorCase("x = = 1\ny = f'{a}}'\n", .syntax, "invalid syntax", 1, 4, 5),
    ]

    func testErrorsMatchCPython() {
        for c in errorCases {
            do {
                _ = try Parser.parse(source: c.source, filename: "prog.py")
                XCTFail("no error for \(c.source.debugDescription)")
            } catch let error as SyntaxErrorInfo {
                let got = "\(error.kind) \(error.message) @\(error.line):\(error.column.map(String.init) ?? "-")-\(error.endColumn.map(String.init) ?? "-")"
                let want = "\(c.kind) \(c.message) @\(c.line):\(c.column.map(String.init) ?? "-")-\(c.endColumn.map(String.init) ?? "-")"
                XCTAssertEqual(got, want, c.source.debugDescription)
            } catch {
                XCTFail("unexpected error \(error)")
            }
        }
    }

    func testErrorCarriesSourceLineAndFilename() {
        XCTAssertThrowsError(try Parser.parse(source: "x = 1\nif x\n    pass\n", filename: "prog.py")) { error in
            guard let info = error as? SyntaxErrorInfo else { return XCTFail("\(error)") }
            XCTAssertEqual(info.filename, "prog.py")
            XCTAssertEqual(info.sourceLine, "if x")
            XCTAssertEqual(info.description, """
                  File "prog.py", line 2
                    if x
                        ^
                SyntaxError: expected ':'
                """)
        }
    }

    func testUnsupportedConstructs() {
        let cases: [(String, String)] = [
            ("x = 1\ny = '\\ud800'\n", "line 2: lone surrogates in strings are not supported by scopewalk"),
        ]
        for (source, message) in cases {
            XCTAssertThrowsError(try Parser.parse(source: source, filename: "t.py")) { error in
                guard let info = error as? SyntaxErrorInfo else { return XCTFail("\(error)") }
                XCTAssertEqual(info.kind, .unsupported, source)
                XCTAssertEqual(info.message, message)
            }
        }
    }

    func testExceptStarParsesAsStarHandlers() throws {
        let module = try Parser.parse(source: "try:\n    pass\nexcept* E as e:\n    pass\nexcept* (F, G):\n    pass\n", filename: "t.py")
        guard case .try(_, let handlers, _, _) = module.body[0].kind else { return XCTFail("not a try") }
        XCTAssertEqual(handlers.map(\.isStar), [true, true])
        XCTAssertEqual(handlers[0].name, "e")
    }

    func testAsyncAndTypeParametersParse() throws {
        for source in ["async def f():\n    await g()\n", "type X = int\n", "def f[T](x: T): pass\n",
                       "class C[T]: pass\n", "async def f():\n    async for x in y:\n        pass\n"] {
            XCTAssertNoThrow(try Parser.parse(source: source, filename: "t.py"), source)
        }
    }

    func testSyntaxErrorWinsOverUnsupported() {
        XCTAssertThrowsError(try Parser.parse(source: "y = '\\ud800'\nx = = 1\n", filename: "t.py")) { error in
            XCTAssertEqual((error as? SyntaxErrorInfo)?.message, "invalid syntax")
        }
    }

    func testMatchAndTypeStayUsableAsNames() throws {
        let module = try Parser.parse(source: "match = 1\ntype(match)\ncase = [match]\n", filename: "t.py")
        XCTAssertEqual(module.body.count, 3)
    }

    // MARK: - Robustness

    func testDeepNestingReportsInsteadOfCrashing() {
        let deep: [String] = [
            String(repeating: "(", count: 199) + "1" + String(repeating: ")", count: 199),
            String(repeating: "[", count: 199) + String(repeating: "]", count: 199),
            "x = " + String(repeating: "-", count: 10000) + "1",
            "x = " + String(repeating: "not ", count: 10000) + "1",
            "x = " + String(repeating: "lambda: ", count: 5000) + "1",
            "x = " + String(repeating: "1 + ", count: 20000) + "1",
            "x = a" + String(repeating: ".b", count: 20000),
            "x = " + String(repeating: "f\"{", count: 120) + String(repeating: "}\"", count: 120),
        ]
        for source in deep {
            do {
                _ = try Parser.parse(source: source, filename: "t.py")
            } catch is SyntaxErrorInfo {
                // fine: reported, not crashed
            } catch {
                XCTFail("\(error)")
            }
        }
    }

    func testGarbageNeverCrashes() {
        let pieces = ["(", ")", "[", "]", "{", "}", "f\"{", "'", "\"\"\"", "\\", "\n", "\t", "  ", ":", "=",
                      "if", "else", "lambda", "*", "**", "x", "1e", "0x", "\u{20AC}", "#", "@", ";", "!", "\r"]
        var generator = SplitMix(seed: 2024)
        for _ in 0..<300 {
            var source = ""
            for _ in 0..<Int.random(in: 1...30, using: &generator) {
                source += pieces.randomElement(using: &generator) ?? ""
            }
            do {
                _ = try Parser.parse(source: source, filename: "t.py")
            } catch is SyntaxErrorInfo {
            } catch {
                XCTFail("\(error) for \(source.debugDescription)")
            }
        }
    }

    func testLargeFileParses() throws {
        var source = ""
        for i in 0..<2000 {
            source += "def f\(i)(a, b=\(i)):\n    return [x * a for x in range(b) if x % 3] + f\"{a!r:>{b}}\"\n"
        }
        let module = try Parser.parse(source: source, filename: "big.py")
        XCTAssertEqual(module.body.count, 2000)
        XCTAssertEqual(module.scopeCount, 4001)
    }

    // MARK: - Helpers

    func assertAST(_ source: String, _ expected: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let module = try Parser.parse(source: source, filename: "t.py")
        let got = module.body.map { ASTDump.statement($0, 0) }.joined()
        XCTAssertEqual(got.trimmingCharacters(in: .newlines), expected.trimmingCharacters(in: .newlines),
                       file: file, line: line)
    }
}

/// A deterministic random source for the garbage test.
private struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The tree as text, in the format the expected values were written in.
private enum ASTDump {
    static func range(_ r: SourceRange) -> String { "@\(r.line):\(r.column)-\(r.endLine):\(r.endColumn)" }

    static func quoted(_ text: String) -> String {
        var out = "\""
        for u in text.unicodeScalars {
            if u.value >= 32 && u.value < 127 && u != "\\" && u != "\"" {
                out.unicodeScalars.append(u)
            } else {
                out += "\\u{" + String(u.value, radix: 16) + "}"
            }
        }
        return out + "\""
    }

    static func bits(_ d: Double) -> String {
        let hex = String(d.bitPattern, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func constant(_ c: Constant) -> String {
        switch c {
        case .none: return "None"
        case .true: return "True"
        case .false: return "False"
        case .ellipsis: return "Ellipsis"
        case .int(let v): return "int:\(v)"
        case .bigInt(let v): return "big:\(v)"
        case .float(let v): return "float:" + bits(v)
        case .imaginary(let v): return "imag:" + bits(v)
        case .string(let v): return "str:" + quoted(v)
        case .bytes(let b): return "bytes:" + b.map { $0 < 16 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
        }
    }

    static func list<T>(_ xs: [T], _ f: (T) -> String) -> String { "[" + xs.map(f).joined(separator: ", ") + "]" }
    static func optional<T>(_ x: T?, _ f: (T) -> String) -> String { x.map(f) ?? "-" }

    static func arg(_ a: Arg) -> String { "\(a.name)\(range(a.range)):\(optional(a.annotation, expr))" }

    static func arguments(_ a: Arguments) -> String {
        "args(posonly=\(list(a.posonly, arg)), args=\(list(a.args, arg)), vararg=\(optional(a.vararg, arg)), "
            + "kwonly=\(list(a.kwonly, arg)), kwdefaults=\(list(a.kwDefaults, { optional($0, expr) })), "
            + "kwarg=\(optional(a.kwarg, arg)), defaults=\(list(a.defaults, expr)))"
    }

    static func keyword(_ k: Keyword) -> String { "kw(\(k.name ?? "**"))\(range(k.range))=\(expr(k.value))" }

    static func generator(_ g: ComprehensionFor) -> String {
        "for(\(expr(g.target)), \(expr(g.iter)), \(list(g.ifs, expr)))"
    }

    static func expr(_ n: Expr) -> String {
        let r = range(n.range)
        switch n.kind {
        case .name(let id): return "Name\(r)(\(id))"
        case .constant(let c): return "Constant\(r)(\(constant(c)))"
        case .joinedStr(let v): return "JoinedStr\(r)(\(list(v, expr)))"
        case .formattedValue(let v, let c, let spec):
            return "FormattedValue\(r)(\(expr(v)), \(c.map { String($0) } ?? "-"), \(optional(spec, expr)))"
        case .tuple(let x): return "Tuple\(r)(\(list(x, expr)))"
        case .list(let x): return "List\(r)(\(list(x, expr)))"
        case .set(let x): return "Set\(r)(\(list(x, expr)))"
        case .dict(let k, let v): return "Dict\(r)(\(list(k, { optional($0, expr) })), \(list(v, expr)))"
        case .starred(let v): return "Starred\(r)(\(expr(v)))"
        case .attribute(let v, let a): return "Attribute\(r)(\(expr(v)), \(a))"
        case .subscript(let v, let i): return "Subscript\(r)(\(expr(v)), \(expr(i)))"
        case .slice(let a, let b, let c):
            return "Slice\(r)(\(optional(a, expr)), \(optional(b, expr)), \(optional(c, expr)))"
        case .call(let f, let a, let k): return "Call\(r)(\(expr(f)), \(list(a, expr)), \(list(k, keyword)))"
        case .binOp(let a, let op, let b): return "BinOp\(r)(\(expr(a)), \(op.rawValue), \(expr(b)))"
        case .unaryOp(let op, let a): return "UnaryOp\(r)(\(op.rawValue), \(expr(a)))"
        case .boolOp(let op, let v): return "BoolOp\(r)(\(op.rawValue), \(list(v, expr)))"
        case .compare(let a, let ops, let c):
            return "Compare\(r)(\(expr(a)), \(list(ops, { $0.rawValue })), \(list(c, expr)))"
        case .ifExp(let t, let b, let o): return "IfExp\(r)(\(expr(t)), \(expr(b)), \(expr(o)))"
        case .lambda(let l): return "Lambda\(r)(\(arguments(l.args)), \(expr(l.body)))"
        case .listComp(let c): return "ListComp\(r)(\(expr(c.element)), \(list(c.generators, generator)))"
        case .setComp(let c): return "SetComp\(r)(\(expr(c.element)), \(list(c.generators, generator)))"
        case .generatorExp(let c): return "GeneratorExp\(r)(\(expr(c.element)), \(list(c.generators, generator)))"
        case .dictComp(let c):
            return "DictComp\(r)(\(expr(c.element)), \(optional(c.value, expr)), \(list(c.generators, generator)))"
        case .yield(let v): return "Yield\(r)(\(optional(v, expr)))"
        case .yieldFrom(let v): return "YieldFrom\(r)(\(expr(v)))"
        case .await(let v): return "Await\(r)(\(expr(v)))"
        case .namedExpr(let t, let v): return "NamedExpr\(r)(\(t), \(expr(v)))"
        }
    }

    static func block(_ b: [Stmt], _ indent: Int) -> String { b.map { statement($0, indent) }.joined() }

    static func alias(_ a: Alias) -> String { "\(a.name) as \(a.asName ?? "-")\(range(a.range))" }

    static func statement(_ n: Stmt, _ indent: Int) -> String {
        let p = String(repeating: "  ", count: indent)
        let r = range(n.range)
        switch n.kind {
        case .expr(let v): return "\(p)Expr\(r)(\(expr(v)))\n"
        case .assign(let t, let v): return "\(p)Assign\(r)(\(list(t, expr)), \(expr(v)))\n"
        case .augAssign(let t, let op, let v): return "\(p)AugAssign\(r)(\(expr(t)), \(op.rawValue), \(expr(v)))\n"
        case .annAssign(let t, let a, let v, let simple):
            return "\(p)AnnAssign\(r)(\(expr(t)), \(expr(a)), \(optional(v, expr)), \(simple ? 1 : 0))\n"
        case .pass: return "\(p)Pass\(r)\n"
        case .break: return "\(p)Break\(r)\n"
        case .continue: return "\(p)Continue\(r)\n"
        case .delete(let t): return "\(p)Delete\(r)(\(list(t, expr)))\n"
        case .return(let v): return "\(p)Return\(r)(\(optional(v, expr)))\n"
        case .if(let t, let b, let o):
            return "\(p)If\(r)(\(expr(t)))\n\(block(b, indent + 1))\(p)else:\n\(block(o, indent + 1))"
        case .while(let t, let b, let o):
            return "\(p)While\(r)(\(expr(t)))\n\(block(b, indent + 1))\(p)else:\n\(block(o, indent + 1))"
        case .for(let t, let i, let b, let o):
            return "\(p)For\(r)(\(expr(t)), \(expr(i)))\n\(block(b, indent + 1))\(p)else:\n\(block(o, indent + 1))"
        case .functionDef(let f):
            return "\(p)FunctionDef\(r)(\(f.name), \(arguments(f.args)), decorators=\(list(f.decorators, expr)), "
                + "returns=\(optional(f.returns, expr)))\n\(block(f.body, indent + 1))"
        case .classDef(let c):
            return "\(p)ClassDef\(r)(\(c.name), \(list(c.bases, expr)), \(list(c.keywords, keyword)), "
                + "decorators=\(list(c.decorators, expr)))\n\(block(c.body, indent + 1))"
        case .global(let names): return "\(p)Global\(r)(\(list(names, { $0 })))\n"
        case .nonlocal(let names): return "\(p)Nonlocal\(r)(\(list(names, { $0 })))\n"
        case .try(let b, let handlers, let o, let f):
            var out = "\(p)Try\(r)\n\(block(b, indent + 1))"
            for h in handlers {
                out += "\(p)except\(range(h.range))(\(optional(h.type, expr)), \(h.name ?? "-"))\n\(block(h.body, indent + 1))"
            }
            return out + "\(p)else:\n\(block(o, indent + 1))\(p)finally:\n\(block(f, indent + 1))"
        case .raise(let a, let b): return "\(p)Raise\(r)(\(optional(a, expr)), \(optional(b, expr)))\n"
        case .assert(let a, let b): return "\(p)Assert\(r)(\(expr(a)), \(optional(b, expr)))\n"
        case .import(let names): return "\(p)Import\(r)(\(list(names, alias)))\n"
        case .importFrom(let m, let names, let level):
            return "\(p)ImportFrom\(r)(\(m ?? "-"), \(list(names, alias)), \(level))\n"
        case .with(let items, let b):
            let shown = list(items) { "item(\(expr($0.contextExpr)), \(optional($0.optionalVars, expr)))" }
            return "\(p)With\(r)(\(shown))\n\(block(b, indent + 1))"
        case .match(let subject, let cases):
            return "\(p)Match\(r)(\(expr(subject)), \(cases.count) cases)\n" + cases.map { block($0.body, indent + 1) }.joined()
        }
    }
}
