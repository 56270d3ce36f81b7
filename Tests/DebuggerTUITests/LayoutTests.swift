import XCTest
@testable import DebuggerTUI

final class LayoutTests: XCTestCase {
    private func screen(_ width: Int, _ height: Int, maximized: PaneID? = nil) -> ScreenLayout? {
        guard case .screen(let layout) = Layout.compute(width: width, height: height, maximized: maximized) else { return nil }
        return layout
    }

    func testEveryPaneIsReadableAtEverySizeFromTheMinimumUp() {
        for width in stride(from: 60, through: 260, by: 1) {
            for height in [16, 17, 18, 20, 23, 24, 25, 30, 36, 37, 50, 80] {
                guard let layout = screen(width, height) else {
                    return XCTFail("\(width)x\(height) should have a layout")
                }
                XCTAssertEqual(Set(layout.panes.keys), Set(PaneID.allCases), "\(width)x\(height)")
                let bounds = Rect(x: 0, y: 0, width: width, height: height)
                let rects = Array(layout.panes.values) + layout.dividers + [layout.status]
                for (pane, rect) in layout.panes {
                    // A title row and at least two rows of content, and room for a name.
                    XCTAssertGreaterThanOrEqual(rect.height, 3, "\(pane) at \(width)x\(height): \(rect)")
                    XCTAssertGreaterThanOrEqual(rect.width, 18, "\(pane) at \(width)x\(height): \(rect)")
                }
                for rect in rects {
                    XCTAssertTrue(rect.x >= 0 && rect.y >= 0 && rect.maxX <= bounds.maxX && rect.maxY <= bounds.maxY,
                                  "\(rect) outside \(width)x\(height)")
                }
                for (i, a) in rects.enumerated() {
                    for b in rects[(i + 1)...] {
                        XCTAssertFalse(a.intersects(b), "\(a) overlaps \(b) at \(width)x\(height)")
                    }
                }
                XCTAssertEqual(layout.status, Rect(x: 0, y: height - 2, width: width, height: 2))
            }
        }
    }

    func testPanesCoverTheBodyWithoutGaps() {
        for (width, height) in [(60, 16), (80, 24), (119, 40), (120, 36), (200, 60)] {
            guard let layout = screen(width, height) else { return XCTFail() }
            let area = layout.panes.values.reduce(0) { $0 + $1.width * $1.height }
                + layout.dividers.reduce(0) { $0 + $1.width * $1.height }
            XCTAssertEqual(area, width * (height - 2), "\(width)x\(height)")
        }
    }

    func testWideTerminalsPutSourceBesideTheOtherPanes() throws {
        let layout = try XCTUnwrap(screen(120, 36))
        let source = try XCTUnwrap(layout.panes[.source])
        let stack = try XCTUnwrap(layout.panes[.stack])
        let output = try XCTUnwrap(layout.panes[.output])
        XCTAssertEqual(source.x, 0)
        XCTAssertGreaterThan(stack.x, source.maxX - 1)
        XCTAssertEqual(output.width, 120)
        XCTAssertGreaterThanOrEqual(output.y, source.maxY)
    }

    func testProjectorLayoutShowsTwelveSourceLinesBesideScopesAndCells() throws {
        let layout = try XCTUnwrap(screen(80, 24))
        let source = try XCTUnwrap(layout.panes[.source])
        XCTAssertGreaterThanOrEqual(source.height - 1, 12, "at least 12 source lines under the title")
        let scopes = try XCTUnwrap(layout.panes[.scopes])
        let cells = try XCTUnwrap(layout.panes[.cells])
        XCTAssertGreaterThan(scopes.x, source.maxX - 1, "scopes beside the source")
        XCTAssertEqual(cells.x, scopes.x, "cells under the scopes")
        XCTAssertGreaterThanOrEqual(cells.height, 7, "a cell with three holders fits")
        XCTAssertEqual(try XCTUnwrap(layout.panes[.output]).width, 80)
    }

    func testTooSmallBelowTheMinimum() {
        for (width, height) in [(59, 16), (60, 15), (0, 0), (1, 1), (20, 100), (300, 5), (-3, -7)] {
            XCTAssertEqual(Layout.compute(width: width, height: height), .tooSmall(width: width, height: height))
        }
    }

    func testMaximizedPaneTakesTheWholeBody() throws {
        let layout = try XCTUnwrap(screen(80, 24, maximized: .scopes))
        XCTAssertEqual(layout.panes, [.scopes: Rect(x: 0, y: 0, width: 80, height: 22)])
        XCTAssertTrue(layout.dividers.isEmpty)
    }

    func testHitTesting() throws {
        let layout = try XCTUnwrap(screen(120, 36))
        let stack = try XCTUnwrap(layout.panes[.stack])
        XCTAssertEqual(layout.pane(at: stack.y + 1, column: stack.x + 2), .stack)
        XCTAssertEqual(layout.pane(at: 35, column: 5), nil)  // the status bar
    }

    func testSplitNeverLosesRows() {
        for total in 0...100 {
            let parts = Layout.split(total, weights: [25, 45, 30])
            XCTAssertEqual(parts.reduce(0, +), total, "\(total): \(parts)")
            XCTAssertTrue(parts.allSatisfy { $0 >= 0 })
        }
    }
}
