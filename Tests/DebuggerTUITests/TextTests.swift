import XCTest
@testable import DebuggerTUI

final class TextWidthTests: XCTestCase {
    func testWidths() {
        XCTAssertEqual(TextWidth.columns(of: "abc"), 3)
        XCTAssertEqual(TextWidth.columns(of: "中文"), 4)
        XCTAssertEqual(TextWidth.columns(of: "é"), 1)
        XCTAssertEqual(TextWidth.columns(of: "e\u{301}"), 1)  // e + combining acute
        XCTAssertEqual(TextWidth.columns(of: "🎉"), 2)
        XCTAssertEqual(TextWidth.columns(of: "▶●…"), 3)
    }

    func testExpandTabs() {
        XCTAssertEqual(TextWidth.expandTabs("\tx"), "    x")
        XCTAssertEqual(TextWidth.expandTabs("ab\tx"), "ab  x")
        XCTAssertEqual(TextWidth.expandTabs("no tabs"), "no tabs")
    }
}

final class RegionTests: XCTestCase {
    private func region(width: Int = 10, height: Int = 2, glyphs: Glyphs = .unicode) -> (GridCanvas, Region) {
        let canvas = GridCanvas(width: width, height: height)
        return (canvas, Region(canvas: canvas, rect: Rect(x: 0, y: 0, width: width, height: height), glyphs: glyphs))
    }

    func testClipsAndElides() {
        let (canvas, region) = self.region()
        XCTAssertEqual(region.write("Hello, World!", row: 0, column: 0, style: Style(.plain)), 10)
        XCTAssertEqual(canvas.line(0), "Hello, Wor")
        region.write("Hello, World!", row: 1, column: 0, style: Style(.plain), elide: true)
        XCTAssertEqual(canvas.line(1), "Hello, Wo…")
    }

    func testWideCharactersNeverStraddleTheEdge() {
        let (canvas, region) = self.region(width: 5)
        XCTAssertEqual(region.write("中文字", row: 0, column: 0, style: Style(.plain)), 4)
        XCTAssertEqual(canvas.line(0), "中文")
        XCTAssertEqual(region.write("a中文字", row: 1, column: 0, style: Style(.plain), elide: true), 4)
        XCTAssertEqual(canvas.line(1), "a中…")
    }

    func testControlCharactersAreReplaced() {
        let (canvas, region) = self.region(glyphs: .ascii)
        region.write("a\u{1b}b\u{7}c\td", row: 0, column: 0, style: Style(.plain))
        XCTAssertEqual(canvas.line(0), "a?b?c d")
    }

    func testOutOfRangeWritesAreIgnored() {
        let (canvas, region) = self.region()
        XCTAssertEqual(region.write("x", row: -1, column: 0, style: Style(.plain)), 0)
        XCTAssertEqual(region.write("x", row: 2, column: 0, style: Style(.plain)), 0)
        XCTAssertEqual(region.write("x", row: 0, column: 10, style: Style(.plain)), 0)
        XCTAssertEqual(region.write("x", row: 0, column: -1, style: Style(.plain)), 0)
        XCTAssertEqual(canvas.text, "\n")
    }

    func testSubregionsClipToTheirParent() {
        let (canvas, region) = self.region(width: 10, height: 3)
        let inner = region.subregion(Rect(x: 6, y: 1, width: 10, height: 10))
        XCTAssertEqual(inner.width, 4)
        XCTAssertEqual(inner.height, 2)
        inner.write("abcdefgh", row: 0, column: 0, style: Style(.plain))
        XCTAssertEqual(canvas.line(1), "      abcd")
        let outside = Region(canvas: canvas, rect: Rect(x: 50, y: 50, width: 5, height: 5), glyphs: .unicode)
        XCTAssertEqual(outside.width, 0)
        outside.write("x", row: 0, column: 0, style: Style(.plain))
    }

    func testWrap() {
        XCTAssertEqual(TextWrap.wrap("abcdefg", width: 3, maxRows: 10).rows, ["abc", "def", "g"])
        let cut = TextWrap.wrap("abcdefg", width: 3, maxRows: 2)
        XCTAssertEqual(cut.rows, ["abc", "def"])
        XCTAssertTrue(cut.truncated)
        XCTAssertEqual(TextWrap.wrap("", width: 3, maxRows: 2).rows, [""])
        XCTAssertEqual(TextWrap.wrapWords("terminal too small: need", width: 10), ["terminal", "too small:", "need"])
    }
}

final class SyntaxHighlighterTests: XCTestCase {
    func testSpansCoverTheLine() {
        for line in ["def f(x): return x + 1  # c", "s = f'{a}' + r\"\\\"\" ", "@decorator", "", "   ", "x = 1e-5 + 0x1F"] {
            XCTAssertEqual(SyntaxHighlighter.highlight(line).map(\.text).joined(), line)
        }
    }

    func testTokens() {
        let spans = SyntaxHighlighter.highlight("def outer(): return len('x') + 42  # done")
        let byText = Dictionary(spans.map { ($0.text, $0.role) }, uniquingKeysWith: { first, _ in first })
        XCTAssertEqual(byText["def"], .keyword)
        XCTAssertEqual(byText["outer"], .definition)
        XCTAssertEqual(byText["return"], .keyword)
        XCTAssertEqual(byText["len"], .builtin)
        XCTAssertEqual(byText["'x'"], .string)
        XCTAssertEqual(byText["42"], .number)
        XCTAssertEqual(byText["# done"], .comment)
    }

    func testBuiltinNamesUsedAsAttributesOrArgumentsAreNotBuiltins() {
        let spans = SyntaxHighlighter.highlight("obj.list(sum=1)")
        XCTAssertFalse(spans.contains { $0.role == .builtin }, "\(spans)")
    }

    func testTripleQuotedStringsSpanLines() {
        let lines = ["x = '''start", "# not a comment", "end''' + y", "z = 1"]
        let states = SyntaxHighlighter.lineStates(lines)
        XCTAssertEqual(states, [.code, .tripleQuoted(quote: "'"), .tripleQuoted(quote: "'"), .code])
        XCTAssertEqual(SyntaxHighlighter.highlight(lines[1], startingIn: states[1]).first?.role, .string)
        let closing = SyntaxHighlighter.highlight(lines[2], startingIn: states[2])
        XCTAssertEqual(closing.first, HighlightSpan(text: "end'''", role: .string))
    }

    func testQuotesInsideCommentsAndStringsDoNotOpenStrings() {
        XCTAssertEqual(SyntaxHighlighter.lineStates(["# don't", "s = \"'''\"", "x"]), [.code, .code, .code])
    }

    func testDecoratorsAndSoftKeywords() {
        XCTAssertEqual(SyntaxHighlighter.highlight("@functools.cache").first?.role, .decorator)
        XCTAssertEqual(SyntaxHighlighter.highlight("match command:").first?.role, .keyword)
        XCTAssertNotEqual(SyntaxHighlighter.highlight("match = 3").first?.role, .keyword)
    }

    func testUnterminatedStringsAndOddInput() {
        for line in ["'abc", "\"\"\"", "f'", "\\", "0x", "1e", "é = 'ü'", "x = '\\"] {
            XCTAssertEqual(SyntaxHighlighter.highlight(line).map(\.text).joined(), line)
        }
    }
}

final class LineEditorTests: XCTestCase {
    func testEditing() {
        var editor = LineEditor()
        for character in "Ada" { editor.insert(character) }
        editor.moveLeft()
        editor.backspace()
        XCTAssertEqual(editor.text, "Aa")
        editor.moveHome()
        editor.insert("M")
        editor.deleteForward()
        XCTAssertEqual(editor.text, "Ma")
        editor.moveEnd()
        editor.insert("!")
        XCTAssertEqual(editor.text, "Ma!")
        editor.moveHome()
        editor.backspace()
        editor.moveLeft()
        XCTAssertEqual(editor.cursor, 0)
    }

    func testWindowKeepsTheCursorVisible() {
        var editor = LineEditor()
        for character in "abcdefghijklmnop" { editor.insert(character) }
        let end = editor.visibleWindow(columns: 5)
        XCTAssertEqual(end.text, "mnop")
        XCTAssertEqual(end.cursorColumn, 4)
        editor.moveHome()
        let start = editor.visibleWindow(columns: 5)
        XCTAssertEqual(start.text, "abcde")
        XCTAssertEqual(start.cursorColumn, 0)
    }
}

final class ThemeTests: XCTestCase {
    let colorUTF8 = TerminalCapabilities(isUTF8: true, hasColors: true, colorPairs: 256)

    func testColourUnlessNoColor() {
        XCTAssertTrue(Theme(capabilities: colorUTF8, environment: [:]).usesColor)
        XCTAssertFalse(Theme(capabilities: colorUTF8, environment: ["NO_COLOR": "1"]).usesColor)
        XCTAssertTrue(Theme(capabilities: colorUTF8, environment: ["NO_COLOR": ""]).usesColor, "empty NO_COLOR is unset")
        var mono = colorUTF8
        mono.hasColors = false
        XCTAssertFalse(Theme(capabilities: mono, environment: [:]).usesColor)
    }

    func testASCIIWhenTheLocaleIsNotUTF8() {
        var ascii = colorUTF8
        ascii.isUTF8 = false
        XCTAssertEqual(Theme(capabilities: ascii, environment: [:]).glyphs, .ascii)
        XCTAssertEqual(Theme(capabilities: colorUTF8, environment: [:]).glyphs, .unicode)
        XCTAssertEqual(Theme(capabilities: colorUTF8, environment: ["SCOPEWALK_ASCII": "1"]).glyphs, .ascii)
    }

    func testMonochromeUsesAttributesOnly() {
        let theme = Theme(glyphs: .unicode, usesColor: false)
        for role in Role.allCases {
            let appearance = theme.appearance(for: role)
            XCTAssertNil(appearance.foreground, "\(role)")
            XCTAssertNil(appearance.background, "\(role)")
        }
        XCTAssertTrue(theme.appearance(for: .currentLine).attributes.contains(.reverse))
    }

    func testGlyphSetsAreOneColumnEach() {
        for glyphs in [Glyphs.unicode, .ascii] {
            for glyph in [glyphs.currentLine, glyphs.selectedFrameLine, glyphs.breakpoint, glyphs.ellipsis,
                          glyphs.verticalLine, glyphs.selectedRow] {
                XCTAssertEqual(TextWidth.columns(of: glyph), 1, glyph)
            }
        }
        XCTAssertTrue(Glyphs.ascii.corners.all.joined().allSatisfy(\.isASCII))
    }
}
