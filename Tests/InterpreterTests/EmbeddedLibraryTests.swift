// The Python modules in Sources/Interpreter/Modules/Lib are embedded in the
// binary by scripts/embed-modules: the embedded copy must be the current one.

import Foundation
import XCTest
@testable import Interpreter

final class EmbeddedLibraryTests: XCTestCase {
    func testEmbeddedSourcesMatchLibFolder() throws {
        let lib = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sources/Interpreter/Modules/Lib").standardizedFileURL
        guard let walker = FileManager.default.enumerator(atPath: lib.path) else { return XCTFail("no Lib folder at \(lib.path)") }
        var onDisk: [String: String] = [:]
        while let rel = walker.nextObject() as? String {
            guard rel.hasSuffix(".py") else { continue }
            let name = String(rel.dropLast(3)).replacingOccurrences(of: "/", with: ".")
            onDisk[name] = try String(contentsOf: lib.appendingPathComponent(rel), encoding: .utf8)
        }
        XCTAssertFalse(onDisk.isEmpty)
        for (name, text) in onDisk {
            guard let embedded = EmbeddedLibrary.modules[name] else { XCTFail("\(name) is not embedded: run scripts/embed-modules"); continue }
            XCTAssertTrue(embedded.trimmingCharacters(in: .newlines) == text.trimmingCharacters(in: .newlines), "\(name) is stale: run scripts/embed-modules")
        }
        XCTAssertEqual(Set(EmbeddedLibrary.modules.keys), Set(onDisk.keys), "run scripts/embed-modules")
    }
}
