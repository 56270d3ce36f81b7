import CNcurses
import XCTest
@testable import DebuggerTUI

final class KeyDecoderTests: XCTestCase {
    func testFunctionKeys() {
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(sw_key_f(7))), .function(7))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(sw_key_f(6))), .function(6))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(sw_key_f(1))), .function(1))
        // xterm and tmux report Shift-F7 as F19.
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(sw_key_f(19))), .shiftFunction(7))
    }

    func testEditingAndMovementKeys() {
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_BACKSPACE)), .backspace)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 127), .backspace)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 8), .backspace)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_UP)), .up)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_DOWN)), .down)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_NPAGE)), .pageDown)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_PPAGE)), .pageUp)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_BTAB)), .backTab)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: UInt32(KEY_RESIZE)), .resize)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 9), .tab)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 13), .enter)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 10), .enter)
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 27), .escape)
    }

    func testCharactersAndControlKeys() {
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 3), .control("c"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 12), .control("l"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: UInt32(("s" as Unicode.Scalar).value)), .character("s"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0xE9), .character("é"))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0x4E2D), .character("中"))
        // Not a scalar (a surrogate): reported, never a crash.
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: false, value: 0xD800), .unknown(0xD800))
        XCTAssertEqual(KeyDecoder.decode(isKeyCode: true, value: 0xFFFF_FFFF), .unknown(-1))
    }

    func testMouse() {
        XCTAssertEqual(KeyDecoder.decodeMouse(buttonState: KeyDecoder.button1Pressed, row: 3, column: 4),
                       .mouse(MouseEvent(action: .press, row: 3, column: 4)))
        XCTAssertEqual(KeyDecoder.decodeMouse(buttonState: KeyDecoder.wheelUp, row: 0, column: 0),
                       .mouse(MouseEvent(action: .wheelUp, row: 0, column: 0)))
        XCTAssertEqual(KeyDecoder.decodeMouse(buttonState: KeyDecoder.wheelDown, row: 1, column: 2),
                       .mouse(MouseEvent(action: .wheelDown, row: 1, column: 2)))
        XCTAssertNil(KeyDecoder.decodeMouse(buttonState: 1, row: 0, column: 0))  // a release
    }
}

final class KeyMapTests: XCTestCase {
    let keyMap = KeyMap.standard

    func testThonnyAndPdbKeys() {
        let expected: [(Key, Command)] = [
            (.function(7), .stepInto), (.character("s"), .stepInto),
            (.function(6), .stepOver), (.character("n"), .stepOver),
            (.shiftFunction(7), .stepOut), (.character("r"), .stepOut),
            (.function(8), .continueRunning), (.character("c"), .continueRunning),
            (.character("u"), .frameUp), (.character("d"), .frameDown),
            (.character("b"), .toggleBreakpoint), (.character("t"), .runToCursor),
            (.backspace, .reverseStep), (.character("p"), .stepBack), (.character("f"), .stepForward),
            (.character("R"), .restart), (.tab, .focusNext), (.character("?"), .help),
            (.character("q"), .quit), (.control("c"), .interrupt),
            (.up, .moveUp), (.down, .moveDown), (.pageUp, .pageUp), (.pageDown, .pageDown), (.enter, .activate),
        ]
        for (key, command) in expected {
            XCTAssertEqual(keyMap.command(for: key), command, "\(key)")
        }
        XCTAssertNil(keyMap.command(for: .character("x")))
    }

    func testNoKeyIsBoundTwice() {
        let keys = keyMap.bindings.map(\.key)
        XCTAssertEqual(keys.count, Set(keys).count)
    }

    func testHelpListsEveryBinding() {
        let lines = keyMap.helpLines(ascii: false)
        let text = lines.map { line -> String in
            switch line {
            case .header(let title): return title
            case .binding(let keys, let summary): return keys + " " + summary
            case .blank: return ""
            }
        }.joined(separator: "\n")
        for binding in keyMap.bindings {
            XCTAssertTrue(text.contains(binding.key.label), "help lacks \(binding.key.label)")
            XCTAssertTrue(text.contains(binding.command.summary), "help lacks \(binding.command)")
        }
        XCTAssertTrue(text.contains("F7/s"))
        XCTAssertTrue(text.contains("Shift-F7/r"))
    }

    func testHelpOverlayShowsEveryBindingOnScreen() {
        // Drawn on a tall screen so nothing needs scrolling.
        let canvas = GridCanvas(width: 100, height: 120)
        let region = Region(canvas: canvas, rect: Rect(x: 0, y: 0, width: 100, height: 120), glyphs: .unicode)
        HelpOverlay().draw(in: region, keyMap: keyMap)
        let screen = canvas.text
        for command in Command.allCases where !keyMap.keys(for: command).isEmpty {
            XCTAssertTrue(screen.contains(command.summary), "help screen lacks \(command)")
        }
        XCTAssertTrue(screen.contains("click gutter"))
    }

    func testShortHelpSaysThereIsMore() {
        let canvas = GridCanvas(width: 80, height: 24)
        let region = Region(canvas: canvas, rect: Rect(x: 0, y: 0, width: 80, height: 24), glyphs: .unicode)
        HelpOverlay().draw(in: region, keyMap: keyMap)
        XCTAssertTrue(canvas.text.contains("more lines: ↓, PgDn"), canvas.text)
        var scrolled = HelpOverlay()
        let count = HelpOverlay.lines(keyMap: keyMap, glyphs: .unicode).count
        scrolled.scroll(.end, lineCount: count, height: HelpOverlay.contentHeight(screenHeight: 24))
        canvas.clear()
        scrolled.draw(in: region, keyMap: keyMap)
        XCTAssertTrue(canvas.text.contains("back to the top"), canvas.text)
        XCTAssertTrue(canvas.text.contains("[c1]"), "the last line shows at the end")
    }

    func testASCIIHelpSpellsArrowsOut() {
        let lines = keyMap.helpLines(ascii: true)
        XCTAssertTrue(lines.contains(.binding(keys: "Up", summary: Command.moveUp.summary)))
    }
}
