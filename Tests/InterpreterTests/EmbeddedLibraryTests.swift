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

    /// The embedded bytecode is what the current compiler makes of the
    /// current sources (else imports would run stale code: the loader only
    /// checks the source's hash and the instruction set).
    func testEmbeddedBytecodeMatchesAFreshCompile() throws {
        let vm = VM(filename: "<library>", source: "", io: CapturedIO())
        var loaded = 0
        for name in EmbeddedLibrary.moduleNames {
            let fresh = try LibraryBytecode.compileFresh(name, vm: vm)
            let embedded = LibraryBytecode.bytes(of: name)
            XCTAssertEqual(fresh, embedded, "\(name): the embedded bytecode is stale: run scripts/embed-modules")
            if embedded != nil { loaded += 1 }
        }
        XCTAssertGreaterThan(loaded, 40, "most library modules are embedded as bytecode")
    }

    /// Bytecode loads into code that runs like the compiled source.
    func testBytecodeRoundTrip() throws {
        let source = "import functools\nx = [n * 2 for n in range(3)]\ndef f(a, *b, c=1, **d):\n    return (a, b, c, d, x, 1.5, 10**30, b'z', ...)\nprint(f(1, 2, e=3), functools.reduce(lambda p, q: p + q, x))\n"
        let vm = VM(filename: "<t>", source: "", io: CapturedIO())
        let g = vm.moduleGlobals("t", file: "<t>", packageDir: nil, library: true)
        let code = try VM.compileProgram(source: source, filename: "<t>", globals: g)
        let bytes = try BytecodeWriter.serialize(code, source: source, globals: g)
        let g2 = vm.moduleGlobals("t", file: "<t>", packageDir: nil, library: true)
        let back = try XCTUnwrap(BytecodeReader.load(bytes, source: source, globals: g2))
        XCTAssertEqual(try BytecodeWriter.serialize(back, source: source, globals: g2), bytes)
        XCTAssertNil(BytecodeReader.load(bytes, source: source + "# edited\n", globals: g2), "another source is refused")
        var damaged = bytes
        damaged.removeLast()
        XCTAssertNil(BytecodeReader.load(damaged, source: source, globals: g2), "damaged bytes are refused")
    }
}
