// The standard-library modules this project writes in Python
// (Sources/Interpreter/Modules/Lib), embedded in the binary so that a copied
// `scopewalk` still imports them. scripts/embed-modules regenerates
// EmbeddedLibrary+Sources.swift from Lib/; a test checks the two agree.
//
// For development, SCOPEWALK_LIB_DIR=path/to/Lib makes the binary read the
// files from disk instead, so a module can be edited without a rebuild.

import Foundation

enum EmbeddedLibrary {
    struct Source {
        let source: String
        /// What tracebacks and `__file__` show: "<frozen json.decoder>".
        let file: String
        let isPackage: Bool
    }

    private static let developmentFolder: String? = ProcessInfo.processInfo.environment["SCOPEWALK_LIB_DIR"]

    /// The module `dotted`'s source, or nil if the library has no such module.
    static func source(of dotted: String) -> Source? {
        if let dir = developmentFolder {
            let base = dir + "/" + dotted.replacingOccurrences(of: ".", with: "/")
            if let s = try? String(contentsOfFile: base + "/__init__.py", encoding: .utf8) {
                return Source(source: s, file: "<frozen \(dotted)>", isPackage: true)
            }
            if let s = try? String(contentsOfFile: base + ".py", encoding: .utf8) {
                return Source(source: s, file: "<frozen \(dotted)>", isPackage: false)
            }
            return nil
        }
        if let s = modules[dotted + ".__init__"] { return Source(source: s, file: "<frozen \(dotted)>", isPackage: true) }
        if let s = modules[dotted] { return Source(source: s, file: "<frozen \(dotted)>", isPackage: false) }
        return nil
    }

    /// Every module the library has (dotted names).
    static var moduleNames: [String] {
        var keys = Array(modules.keys)
        if let dir = developmentFolder, let walker = FileManager.default.enumerator(atPath: dir) {
            keys = []
            while let rel = walker.nextObject() as? String {
                if rel.hasSuffix(".py") { keys.append(String(rel.dropLast(3)).replacingOccurrences(of: "/", with: ".")) }
            }
        }
        return keys.map { $0.hasSuffix(".__init__") ? String($0.dropLast(9)) : $0 }.sorted()
    }
}
