// The README's Keys table is the KeyMap's: this test writes the table from
// the KeyMap and fails, printing the table to paste, when the README's copy
// differs.
import Foundation
import XCTest
@testable import DebuggerTUI

final class ReadmeTests: XCTestCase {
    static func keysTable(_ keyMap: KeyMap) -> String {
        var rows = ["| keys | what they do |", "| --- | --- |"]
        for group in Command.Group.allCases {
            let commands = Command.allCases.filter { $0.group == group && !keyMap.keys(for: $0).isEmpty }
            guard !commands.isEmpty else { continue }
            rows.append("| **\(group.rawValue)** | |")
            for command in commands {
                let keys = keyMap.keys(for: command).map { "`\($0.label)`" }.joined(separator: " ")
                rows.append("| \(keys) | \(command.summary) |")
            }
        }
        return rows.joined(separator: "\n") + "\n"
    }

    func testReadmeKeysTableMatchesTheKeyMap() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let table = Self.keysTable(.standard)
        XCTAssertTrue(text.contains(table), "README.md's Keys table should be:\n\(table)")
    }

    func testReadmeOpensWithAScreen() throws {
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try XCTUnwrap(text.range(of: "```text\n"), "the README opens with a screen capture")
        XCTAssertLessThan(text.distance(from: text.startIndex, to: start.lowerBound), 1000, "right under the title paragraph")
        let end = try XCTUnwrap(text.range(of: "\n```", range: start.upperBound..<text.endIndex))
        let screen = text[start.upperBound..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(screen.count, 36, "a 120x36 screen")
        XCTAssertTrue(screen.allSatisfy { TextWidth.columns(of: String($0)) <= 120 })
        for text in ["Enclosing (outer)", "c1 message = ", "outer.<locals>.inner line"] {
            XCTAssertTrue(screen.contains { $0.contains(text) }, "the capture shows \(text)")
        }
    }
}
