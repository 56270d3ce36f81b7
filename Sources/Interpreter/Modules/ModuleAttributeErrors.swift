// The AttributeError of a module that lacks a name, in CPython 3.13's words.
// A student's random.py beside the program hides the library's random (the
// classic first-lesson bug): CPython then says to rename the file. A module
// still running its body says it is partially initialized.

import Foundation

extension VM {
    func moduleAttributeError(_ m: PyModule, _ name: String) -> PyError {
        let plain = "module '\(m.name)' has no attribute '\(name)'"
        if let origin = shadowingOrigin(m) {
            if VM.stdlibModuleNames.contains(m.name) {
                return PyError.attributeError(plain + " (consider renaming '\(origin)' since it has the same name as the "
                    + "standard library module named '\(m.name)' and the import system gives it precedence)")
            }
            if m.initializing {
                return PyError.attributeError(plain + " (consider renaming '\(origin)' if it has the same name as a "
                    + "third-party module you intended to import)")
            }
        } else if m.initializing {
            let from = m.file.map { $0.hasPrefix("<") ? "" : " from '\($0)'" } ?? ""
            return PyError.attributeError("partially initialized module '\(m.name)'\(from) has no attribute '\(name)' "
                + "(most likely due to a circular import)")
        }
        return PyError.attributeError(plain)
    }

    /// The module's file when it could hide another module of its name: it
    /// sits in sys.path[0] (a package: its folder does). CPython 3.13 takes
    /// sys.path[0] as it was at startup: the trace oracle, which sets it
    /// later, gives the plain message instead.
    private func shadowingOrigin(_ m: PyModule) -> String? {
        guard let file = m.file, file.hasPrefix("/") else { return nil }
        var root = (file as NSString).deletingLastPathComponent
        if (file as NSString).lastPathComponent == "__init__.py" { root = (root as NSString).deletingLastPathComponent }
        let first = URL(fileURLWithPath: programFolder).standardizedFileURL.path
        return root == first ? file : nil
    }
}
