// Tokenizer tests. Token positions agree with CPython 3.13's tokenizer
// (python -m tokenize); error messages and positions with its SyntaxErrors.

import XCTest
@testable import Interpreter

final class LexerTests: XCTestCase {
    /// "kind text line:col-endLine:endCol" for each token.
    func describe(_ source: String) throws -> [String] {
        try Lexer.tokenize(source, filename: "t.py").map {
            "\($0.kind) \($0.text) \($0.line):\($0.column)-\($0.endLine):\($0.endColumn)"
        }
    }

    func kinds(_ source: String) throws -> [TokenKind] {
        try Lexer.tokenize(source, filename: "t.py").map(\.kind)
    }

    func testIndentationAndBrackets() throws {
        XCTAssertEqual(try describe("if x:\n    y = (1,\n         2)\n"), [
            "keyword if 1:0-1:2",
            "name x 1:3-1:4",
            "op : 1:4-1:5",
            "newline \n 1:5-1:6",
            "indent  2:3-2:3",
            "name y 2:4-2:5",
            "op = 2:6-2:7",
            "op ( 2:8-2:9",
            "number 1 2:9-2:10",
            "op , 2:10-2:11",
            "number 2 3:9-3:10",  // no NEWLINE inside brackets
            "op ) 3:10-3:11",
            "newline \n 3:11-3:12",
            "dedent  3:11-3:11",
            "endMarker  3:11-3:11",
        ])
    }

    func testMissingFinalNewlineStillEndsLinesAndBlocks() throws {
        XCTAssertEqual(try kinds("def f():\n    if x:\n        return 1"), [
            .keyword, .name, .op, .op, .op, .newline,
            .indent, .keyword, .name, .op, .newline,
            .indent, .keyword, .number, .newline,
            .dedent, .dedent, .endMarker,
        ])
        // The supplied NEWLINE has no width.
        let tokens = try Lexer.tokenize("x = 1", filename: "t.py")
        XCTAssertEqual(tokens[3].kind, .newline)
        XCTAssertEqual(tokens[3].range, SourceRange(line: 1, column: 5, endLine: 1, endColumn: 5))
    }

    func testBlankAndCommentLinesAreIgnored() throws {
        XCTAssertEqual(try kinds("x = 1\n\n   # comment\n\t\ny = 2  # trailing\n"), [
            .name, .op, .number, .newline, .name, .op, .number, .newline, .endMarker,
        ])
        // After a comment the NEWLINE starts at the '#', as in CPython.
        let tokens = try Lexer.tokenize("y  # c\n", filename: "t.py")
        XCTAssertEqual(tokens[1].range, SourceRange(line: 1, column: 3, endLine: 1, endColumn: 7))
    }

    func testTabIndentation() throws {
        XCTAssertEqual(try kinds("if x:\n\ty = 1\n\tz = 2\nif w:\n        v\n"), [
            .keyword, .name, .op, .newline, .indent, .name, .op, .number, .newline,
            .name, .op, .number, .newline, .dedent,
            .keyword, .name, .op, .newline, .indent, .name, .newline, .dedent, .endMarker,
        ])
    }

    func testBackslashContinuation() throws {
        XCTAssertEqual(try describe("x = 1 + \\\n    2\n"), [
            "name x 1:0-1:1", "op = 1:2-1:3", "number 1 1:4-1:5", "op + 1:6-1:7",
            "number 2 2:4-2:5", "newline \n 2:5-2:6", "endMarker  2:5-2:5",
        ])
    }

    func testCRLFAndBOM() throws {
        XCTAssertEqual(try describe("\u{FEFF}a = 1\r\nb\r\n"), [
            "name a 1:0-1:1", "op = 1:2-1:3", "number 1 1:4-1:5", "newline \n 1:5-1:6",
            "name b 2:0-2:1", "newline \n 2:1-2:2", "endMarker  2:1-2:1",
        ])
    }

    func testOperatorsAndNumbers() throws {
        let tokens = try Lexer.tokenize("a **= b // c -> d := e ... 0x_f 1_0.5e-3j .5 1if y else 2", filename: "t.py")
        XCTAssertEqual(tokens.prefix(17).map(\.text), [
            "a", "**=", "b", "//", "c", "->", "d", ":=", "e", "...", "0x_f", "1_0.5e-3j", ".5",
            "1", "if", "y", "else",
        ])
        XCTAssertEqual(tokens[14].kind, .keyword)
    }

    func testStringPrefixesAndQuotes() throws {
        let tokens = try Lexer.tokenize("rb'x' U\"y\" '''a\n'b'''\nBR\"\\\"\"", filename: "t.py")
        XCTAssertEqual(tokens.filter { $0.kind == .string }.map(\.text), ["rb'x'", "U\"y\"", "'''a\n'b'''", "BR\"\\\"\""])
        XCTAssertEqual(tokens[2].range, SourceRange(line: 1, column: 11, endLine: 2, endColumn: 5))
    }

    func testFStringTokens() throws {
        XCTAssertEqual(try describe("x = f\"a{b!r:>{w}}c{{d}}\""), [
            "name x 1:0-1:1",
            "op = 1:2-1:3",
            "fstringStart f\" 1:4-1:6",
            "fstringMiddle a 1:6-1:7",
            "op { 1:7-1:8",
            "name b 1:8-1:9",
            "op ! 1:9-1:10",
            "name r 1:10-1:11",
            "op : 1:11-1:12",
            "fstringMiddle > 1:12-1:13",
            "op { 1:13-1:14",
            "name w 1:14-1:15",
            "op } 1:15-1:16",
            "op } 1:16-1:17",
            "fstringMiddle c{d} 1:17-1:23",  // "{{" and "}}" stand for one brace
            "fstringEnd \" 1:23-1:24",
            "newline  1:24-1:24",
            "endMarker  1:24-1:24",
        ])
    }

    func testNestedFStringWithSameQuotes() throws {
        let kinds = try self.kinds("f\"{f\"{x}\"}\"")
        XCTAssertEqual(kinds, [.fstringStart, .op, .fstringStart, .op, .name, .op, .fstringEnd, .op, .fstringEnd,
                               .newline, .endMarker])
    }

    func testNonASCIIIdentifiersAreNormalized() throws {
        let tokens = try Lexer.tokenize("ﬁle = µ", filename: "t.py")
        XCTAssertEqual(tokens[0].text, "file")
        XCTAssertEqual(tokens[2].text, "\u{3BC}")
    }

    func assertLexError(_ source: String, _ kind: SyntaxErrorInfo.Kind, _ message: String,
                        _ line: Int, _ column: Int?, _ endColumn: Int?,
                        file: StaticString = #filePath, line testLine: UInt = #line) {
        XCTAssertThrowsError(try Lexer.tokenize(source, filename: "t.py"), file: file, line: testLine) { error in
            guard let info = error as? SyntaxErrorInfo else { return XCTFail("\(error)", file: file, line: testLine) }
            XCTAssertEqual(info.kind, kind, file: file, line: testLine)
            XCTAssertEqual(info.message, message, file: file, line: testLine)
            XCTAssertEqual(info.line, line, file: file, line: testLine)
            XCTAssertEqual(info.column, column, file: file, line: testLine)
            XCTAssertEqual(info.endColumn, endColumn, file: file, line: testLine)
        }
    }

    func testTokenizerErrors() {
        assertLexError("x = 1\ny = 2\nz = \"abc\n", .syntax, "unterminated string literal (detected at line 3)", 3, 4, 4)
        assertLexError("x = \"\"\"abc\n\ny\n", .syntax,
                       "unterminated triple-quoted string literal (detected at line 3)", 1, 4, 4)
        assertLexError("x = 5 \u{20AC} 3\n", .syntax, "invalid character '\u{20AC}' (U+20AC)", 1, 6, 6)
        assertLexError("x = \u{A0} 1\n", .syntax, "invalid non-printable character U+00A0", 1, 4, 4)
        assertLexError("x = 0123\n", .syntax,
                       "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                       1, 4, 5)
        assertLexError("x = 1abc\n", .syntax, "invalid decimal literal", 1, 4, 4)
        assertLexError("x = 1__0\n", .syntax, "invalid decimal literal", 1, 5, 5)
        assertLexError("x = 0x\n", .syntax, "invalid hexadecimal literal", 1, 5, 5)
        assertLexError("x = 0o8\n", .syntax, "invalid digit '8' in octal literal", 1, 6, 6)
        assertLexError("x = 1)\n", .syntax, "unmatched ')'", 1, 5, 5)
        assertLexError("x = (1]\n", .syntax, "closing parenthesis ']' does not match opening parenthesis '('", 1, 6, 6)
        assertLexError("foo(1, 2\n", .syntax, "'(' was never closed", 1, 3, nil)
        assertLexError("x = f\"}\"\n", .syntax, "f-string: single '}' is not allowed", 1, 6, 6)
        assertLexError("x = f\"abc\n", .syntax, "unterminated f-string literal (detected at line 1)", 1, 4, 4)
        assertLexError("if x:\n        a\n    b\n", .indentation,
                       "unindent does not match any outer indentation level", 3, 5, nil)
        assertLexError("if True:\n\tx = 1\n        y = 2\n", .tab,
                       "inconsistent use of tabs and spaces in indentation", 3, 0, nil)
        assertLexError("x = 1 \\ 2\n", .syntax, "unexpected character after line continuation character", 1, 7, nil)
        assertLexError(String(repeating: "(", count: 201), .syntax, "too many nested parentheses", 1, 200, 200)
    }
}
