// Object lifetime as CPython shows it: when the last reference to an
// instance whose class defines __del__, or to a generator suspended inside a
// try/with, goes away, its finalizer runs (CPython runs it at the decref).
//
// Objects here are reference counted by Swift, so "the last reference goes"
// is `deinit`. Python code cannot run inside a deinit (the releasing code is
// in the middle of an instruction, and the object cannot be kept alive), so
// deinit queues what the finalizer needs (the instance's class and
// attributes, the generator's frame) and the VM runs the queue at the next
// line boundary, before that line's trace event: output and trace come in
// CPython's order whenever the object dies at the end of a statement. What
// is left at exit is finalized as CPython 3.13 does: module globals cleared
// in the order they were made.

import Foundation

enum Finalization {
    enum Pending {
        /// __del__ on a stand-in instance with the dead one's class and dict.
        case del(PyInstance)
        /// close() of a generator or coroutine abandoned while suspended.
        case close(Frame, name: String, qualname: String, flavor: PyGenerator.Flavor)
        /// A coroutine dropped without ever being awaited (RuntimeWarning).
        case neverAwaited(qualname: String)
        /// Something died while weak references with callbacks exist.
        case weakCallbacks
    }

    /// Weak references with a callback waiting (WeakrefModule.swift).
    nonisolated(unsafe) static var watchedWeakrefs = 0

    /// The VM running on this thread (the debugger runs its VMs on threads
    /// of their own): a dying object's finalizer goes to that VM's queue.
    private static let key: pthread_key_t = {
        var k = pthread_key_t()
        pthread_key_create(&k, nil)
        return k
    }()

    static func setCurrent(_ vm: VM) {
        pthread_setspecific(key, Unmanaged.passUnretained(vm).toOpaque())
    }

    /// A VM going away is no longer this thread's.
    static func forget(_ vm: VM) {
        if let raw = pthread_getspecific(key), raw == Unmanaged.passUnretained(vm).toOpaque() {
            pthread_setspecific(key, nil)
        }
    }

    static func enqueue(_ p: Pending) {
        guard let raw = pthread_getspecific(key) else { return }
        let vm = Unmanaged<VM>.fromOpaque(raw).takeUnretainedValue()
        vm.finalizerQueue.append(p)
        vm.finalizerPending = true
    }
}

extension VM {
    /// Runs the queued finalizers (new ones queued meanwhile too). Errors are
    /// reported as CPython's "Exception ignored in" and swallowed.
    func runPendingFinalizers() {
        guard !runningFinalizers else { return }
        runningFinalizers = true
        defer { runningFinalizers = false }
        while !finalizerQueue.isEmpty {
            let p = finalizerQueue.removeFirst()
            finalizerPending = !finalizerQueue.isEmpty
            switch p {
            case .del(let inst):
                guard let del = inst.cls.lookup("__del__") else { continue }
                do {
                    _ = try call(try bindIfFunction(del, to: .object(inst), type: inst.cls), [])
                } catch let e as PyError {
                    reportIgnored(e.exception, in: (try? repr(del)) ?? "__del__")
                } catch {}
            case .close(let frame, let name, let qualname, let flavor):
                let g = PyGenerator(frame: frame, name: name, qualname: qualname, flavor: flavor)
                g.state = .suspended
                g.wasAwaited = true
                frame.generator = g
                do {
                    _ = try closeCoroutine(g)
                } catch let e as PyError {
                    reportIgnored(e.exception, in: "<\(flavor == .coroutine ? "coroutine" : "generator") object \(qualname) at \(VM.hexAddress(g.address))>")
                } catch {}
            case .weakCallbacks:
                WeakrefModule.runDeadCallbacks(self)
            case .neverAwaited(let qualname):
                let line = currentFrame.map { max($0.lastLine, 0) } ?? 0
                var text = "\(filename):\(line): RuntimeWarning: coroutine '\(qualname)' was never awaited\n"
                if let src = sourceLine(line) { text += "  \(src)\n" }
                text += "RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
                io.writeStderr(text)
            }
        }
        // An automatic collection waits for the next line boundary.
        finalizerPending = gcRegistry.due
    }

    /// CPython's PyErr_WriteUnraisable.
    func reportIgnored(_ exc: PyExceptionObject, in what: String) {
        io.writeStderr("Exception ignored in: \(what)\n" + formatTraceback(exc))
    }

    func sourceLine(_ line: Int) -> String? {
        guard line >= 1, line <= sourceLines.count else { return nil }
        let text = sourceLines[line - 1].trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    /// At the end of a program run (not under the debugger, whose screens
    /// still show the globals): queued finalizers, then the module's
    /// globals cleared in order, as CPython's interpreter shutdown does.
    func finalizeAtExit(_ globals: Globals) {
        hookActive = false
        runPendingFinalizers()
        if trackObjects { return }
        let names = globals.names
        for i in names.indices where names[i] != "__builtins__" {
            if globals[names[i]] != nil { globals.store(.none, slot: i) }
            if finalizerPending { runPendingFinalizers() }
        }
        // Cycles the globals held (CPython collects once the modules are cleared).
        collectCycles(full: true)
    }
}
