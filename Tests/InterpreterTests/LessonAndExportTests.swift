// Session files (record, then replay elsewhere: the same stops and views;
// damaged or other-version files refused) and the Python Tutor export
// (validated against the trace format: every point complete in itself,
// references resolved in its heap, closures with their parent frames).

import Foundation
import Interpreter
import XCTest

final class LessonAndExportTests: XCTestCase {
    func onStack(_ body: @escaping () throws -> Void) {
        var error: Error?
        Interpreter.onLargeStack {
            do { try body() } catch let e { error = e }
        }
        if let e = error { XCTFail("\(e)") }
    }

    static let lessonProgram = """
    import random
    import time

    def roll(times):
        rolls = []
        for _ in range(times):
            rolls.append(random.randint(1, 6))
        return rolls


    name = input("name? ")
    started = time.time()
    result = roll(3)
    print(name, result, started > 0)
    """

    /// What a stop shows, without the parts that depend on what was printed before.
    func screen(_ d: ScriptedDebugger) -> String {
        let s = d.debugger.snapshot
        return "\(s.step) \(s.line) \(s.event)\n" + d.execute("where") + d.execute("scopes") + d.execute("cells") + s.output
    }

    func testRecordedSessionReplaysTheSameStops() {
        onStack {
            var inputs = ["Ada"]
            let teacher = ScriptedDebugger(filename: "lesson.py", source: Self.lessonProgram)
            teacher.nextInputLine = { inputs.isEmpty ? nil : inputs.removeFirst() }
            _ = teacher.execute("b 7")
            // One screen per stop the teacher made (an evaluation changes the stop's screen).
            // Step 15 is stopped at twice, after c and after rs then r: its
            // change marks compare with different stops each time.
            var screens = [self.screen(teacher)]
            for command in ["n", "n", "n", "n", "c", "c", "p len(rolls)", "c", "rs", "r", "n"] {
                _ = teacher.execute(command)
                if command.hasPrefix("p ") { screens.removeLast() }
                screens.append(self.screen(teacher))
            }
            let data = try teacher.debugger.lessonSession().encoded()
            teacher.debugger.quit()

            let lesson = try LessonSession.decode(data, path: "lesson.swsession")
            XCTAssertEqual(lesson.inputs.map(\.line), ["Ada"])
            XCTAssertEqual(lesson.breakpoints.map(\.line), [7])
            XCTAssertEqual(lesson.stops.count, screens.count)
            XCTAssertEqual(lesson.stops.filter { $0 == 15 }.count, 2, "\(lesson.stops)")
            let student = ScriptedDebugger(filename: "lesson.py", source: lesson.program.source)
            student.nextInputLine = { XCTFail("the replay asks for no input"); return nil }
            defer { student.debugger.quit() }
            student.debugger.load(lesson)
            student.debugger.lessonStops = lesson.stops
            XCTAssertTrue(student.execute("stops").contains("teacher's stops"))
            for (i, event) in lesson.stops.enumerated() {
                let said = student.execute("stop \(i + 1)")
                XCTAssertTrue(said.hasPrefix("teacher's stop \(i + 1) of"), said)
                XCTAssertEqual(student.debugger.snapshot.step, event)
                XCTAssertEqual(self.screen(student), screens[i], "stop \(i + 1) (step \(event)) shows what the teacher saw")
            }
            // Walking with next-stop / prev-stop.
            _ = student.execute("stop 1")
            _ = student.execute("next-stop")
            XCTAssertEqual(student.debugger.snapshot.step, lesson.stops[1])
            _ = student.execute("prev-stop")
            XCTAssertEqual(student.debugger.snapshot.step, lesson.stops[0])
            // Through the event stopped at twice: each of its stops is a place of its own.
            _ = student.execute("stop 8")
            for i in 8..<lesson.stops.count {
                let said = student.execute("next-stop")
                XCTAssertTrue(said.hasPrefix("teacher's stop \(i + 1) of"), said)
                XCTAssertEqual(self.screen(student), screens[i], "next-stop to stop \(i + 1)")
            }
        }
    }

    func testDamagedAndOtherVersionSessionsAreRefused() throws {
        var lesson = LessonSession(program: .init(path: "p.py", source: "x = 1\n"), modules: [], inputs: [], times: [], seeds: [1],
                                   breakpoints: [], stops: [2], evaluations: [])
        let good = try lesson.encoded()
        XCTAssertNoThrow(try LessonSession.decode(good, path: "ok.swsession"))
        var text = String(decoding: good, as: UTF8.self)
        text = text.replacingOccurrences(of: "x = 1", with: "x = 2")
        XCTAssertThrowsError(try LessonSession.decode(Data(text.utf8), path: "edited.swsession")) { e in
            XCTAssertTrue("\(e)".contains("damaged"), "\(e)")
        }
        XCTAssertThrowsError(try LessonSession.decode(good.prefix(good.count / 2), path: "cut.swsession")) { e in
            XCTAssertTrue("\(e)".contains("damaged"), "\(e)")
        }
        lesson.version = 2
        XCTAssertThrowsError(try LessonSession.decode(try lesson.encoded(), path: "new.swsession")) { e in
            XCTAssertTrue("\(e)".contains("format version 2"), "\(e)")
        }
        XCTAssertThrowsError(try LessonSession.decode(Data("{\"a\": 1}".utf8), path: "other.json")) { e in
            XCTAssertTrue("\(e)".contains("not a scopewalk session"), "\(e)")
        }
    }

    // MARK: Python Tutor

    func export(_ source: String) throws -> [String: Any] {
        var text = ""
        Interpreter.onLargeStack { text = PythonTutorExport.trace(source: source, filename: "prog.py") }
        return try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Checks one trace against the format: the fields of every point, and
    /// every reference found in that point's heap.
    func validate(_ top: [String: Any], source: String) throws -> [[String: Any]] {
        XCTAssertEqual(top["code"] as? String, source)
        let trace = try XCTUnwrap(top["trace"] as? [[String: Any]])
        XCTAssertFalse(trace.isEmpty)
        let events: Set<String> = ["step_line", "call", "return", "exception", "uncaught_exception", "instruction_limit_reached"]
        for point in trace {
            let event = try XCTUnwrap(point["event"] as? String)
            XCTAssertTrue(events.contains(event), event)
            if event == "uncaught_exception" || event == "instruction_limit_reached" { continue }
            XCTAssertNotNil(point["line"] as? Int)
            XCTAssertNotNil(point["func_name"] as? String)
            XCTAssertNotNil(point["stdout"] as? String)
            let globals = try XCTUnwrap(point["globals"] as? [String: Any])
            let ordered = try XCTUnwrap(point["ordered_globals"] as? [String])
            XCTAssertEqual(Set(ordered), Set(globals.keys), "ordered_globals lists exactly the globals")
            let heap = try XCTUnwrap(point["heap"] as? [String: Any])
            func checkRefs(_ v: Any) {
                guard let a = v as? [Any], let tag = a.first as? String else { return }
                if tag == "REF" {
                    let id = a[1] as? Int ?? -1
                    XCTAssertNotNil(heap[String(id)], "REF \(id) is in the heap")
                    return
                }
                for item in a.dropFirst() { checkRefs(item) }
            }
            globals.values.forEach(checkRefs)
            heap.values.forEach(checkRefs)
            let stack = try XCTUnwrap(point["stack_to_render"] as? [[String: Any]])
            var ids: [Int] = []
            for frame in stack {
                for key in ["func_name", "is_parent", "frame_id", "parent_frame_id_list", "encoded_locals", "ordered_varnames",
                            "is_zombie", "is_highlighted", "unique_hash"] {
                    XCTAssertNotNil(frame[key], "stack entry has \(key)")
                }
                let locals = try XCTUnwrap(frame["encoded_locals"] as? [String: Any])
                let names = try XCTUnwrap(frame["ordered_varnames"] as? [String])
                XCTAssertEqual(Set(names), Set(locals.keys))
                locals.values.forEach(checkRefs)
                ids.append(try XCTUnwrap(frame["frame_id"] as? Int))
                let hash = try XCTUnwrap(frame["unique_hash"] as? String)
                XCTAssertTrue(hash.hasPrefix("\(frame["func_name"]!)_f\(ids.last!)"), hash)
            }
            XCTAssertEqual(ids, ids.sorted(), "frames in call order")
            XCTAssertEqual(Set(ids).count, ids.count)
            if !stack.filter({ !($0["is_zombie"] as? Bool ?? true) }).isEmpty {
                XCTAssertEqual(stack.filter { $0["is_highlighted"] as? Bool == true }.count, 1)
            }
        }
        return trace
    }

    func testPythonTutorOuterInner() throws {
        let source = TimeTravelTests.outerInner + "\n"
        let trace = try validate(try export(source), source: source)
        XCTAssertEqual(trace.first?["line"] as? Int, 1)
        XCTAssertEqual(trace.first?["event"] as? String, "step_line")
        XCTAssertEqual(trace.last?["event"] as? String, "return")
        XCTAssertEqual(trace.last?["stdout"] as? String, "Hello, World!\nHello again!\nHello again!\n")
        // inner running after outer returned: outer is drawn as a zombie parent holding message.
        let late = try XCTUnwrap(trace.last { point in
            (point["stack_to_render"] as? [[String: Any]])?.contains { $0["func_name"] as? String == "inner" } == true
        })
        let stack = try XCTUnwrap(late["stack_to_render"] as? [[String: Any]])
        let outer = try XCTUnwrap(stack.first { $0["func_name"] as? String == "outer" })
        let inner = try XCTUnwrap(stack.first { $0["func_name"] as? String == "inner" })
        XCTAssertEqual(outer["is_parent"] as? Bool, true)
        XCTAssertEqual(outer["is_zombie"] as? Bool, true)
        XCTAssertEqual((outer["encoded_locals"] as? [String: Any])?["message"] as? String, "Hello again!")
        XCTAssertEqual(inner["parent_frame_id_list"] as? [Int], [outer["frame_id"] as! Int])
        XCTAssertNil((inner["encoded_locals"] as? [String: Any])?["message"], "a free variable is drawn in its parent frame")
        // The function object names its parent frame.
        let globals = try XCTUnwrap(late["globals"] as? [String: Any])
        let ref = try XCTUnwrap(globals["inner_returned"] as? [Any])
        let heap = try XCTUnwrap(late["heap"] as? [String: Any])
        let function = try XCTUnwrap(heap[String(ref[1] as! Int)] as? [Any])
        XCTAssertEqual(function[0] as? String, "FUNCTION")
        XCTAssertEqual(function[1] as? String, "inner()")
        XCTAssertEqual(function[2] as? Int, outer["frame_id"] as? Int)
    }

    func testPythonTutorRecursion() throws {
        let source = TimeTravelTests.recursion + "\n"
        let trace = try validate(try export(source), source: source)
        let deepest = trace.map { ($0["stack_to_render"] as? [[String: Any]])?.count ?? 0 }.max()
        XCTAssertEqual(deepest, 4, "fact(4) down to fact(1)")
        let returns = trace.filter { $0["event"] as? String == "return" && $0["func_name"] as? String == "fact" }
        XCTAssertEqual(returns.count, 4)
        let values = returns.compactMap { point -> Int? in
            let top = (point["stack_to_render"] as? [[String: Any]])?.first { $0["is_highlighted"] as? Bool == true }
            return (top?["encoded_locals"] as? [String: Any])?["__return__"] as? Int
        }
        XCTAssertEqual(values, [1, 2, 6, 24])
        XCTAssertEqual(trace.last?["stdout"] as? String, "24\n")
    }

    /// Heap records as the tutor's encoder writes them (pg_encoder's format
    /// list): modules, built-in functions, signatures with *args/**kwargs and
    /// keyword-only parameters, classes and instances with sorted attributes,
    /// INSTANCE_PPRINT for a class with its own __str__, other objects as
    /// [type name, str()].
    func testPythonTutorHeapRecords() throws {
        let source = """
        import math


        def f(a, b=1, *rest, key, **options):
            return a


        class Point:
            def __init__(self, x, y):
                self.y = y
                self.x = x


        class Named:
            def __str__(self):
                return "named!"


        p = Point(1, 2)
        n = Named()
        r = range(3)
        g = len
        print(f(1, key=2))

        """
        let trace = try validate(try export(source), source: source)
        let last = try XCTUnwrap(trace.last)
        let globals = try XCTUnwrap(last["globals"] as? [String: Any])
        let heap = try XCTUnwrap(last["heap"] as? [String: Any])
        func record(_ name: String) throws -> [Any] {
            let ref = try XCTUnwrap(globals[name] as? [Any], name)
            XCTAssertEqual(ref.first as? String, "REF")
            return try XCTUnwrap(heap[String(try XCTUnwrap(ref[1] as? Int))] as? [Any], name)
        }
        XCTAssertEqual(try record("math") as? [String], ["module", "math"])
        XCTAssertEqual(try record("g").count, 3)
        XCTAssertEqual(try record("g")[0] as? String, "FUNCTION")
        XCTAssertEqual(try record("g")[1] as? String, "len(...)")
        XCTAssertEqual(try record("f")[1] as? String, "f(a, b, *rest, **options, key)")
        let point = try record("p")
        XCTAssertEqual(point[0] as? String, "INSTANCE")
        XCTAssertEqual(point[1] as? String, "Point")
        XCTAssertEqual(point.dropFirst(2).compactMap { ($0 as? [Any])?.first as? String }, ["x", "y"], "attributes sorted by name")
        XCTAssertEqual(try record("n") as? [String], ["INSTANCE_PPRINT", "Named", "named!"])
        XCTAssertEqual(try record("r") as? [String], ["range", "range(0, 3)"])
        let cls = try record("Point")
        XCTAssertEqual(cls[0] as? String, "CLASS")
        XCTAssertEqual(cls[1] as? String, "Point")
        XCTAssertEqual(cls[2] as? [String], [])
        XCTAssertTrue(cls.dropFirst(3).contains { ($0 as? [Any])?.first as? String == "__init__" }, "methods are attributes of the class")
        XCTAssertFalse(cls.dropFirst(3).contains { ($0 as? [Any])?.first as? String == "__module__" })
    }

    func testPythonTutorUncaughtException() throws {
        let source = "def f(x):\n    return 1 / x\n\n\nprint(f(0))\n"
        let trace = try validate(try export(source), source: source)
        let last = try XCTUnwrap(trace.last)
        XCTAssertEqual(last["event"] as? String, "uncaught_exception")
        XCTAssertEqual(last["exception_msg"] as? String, "ZeroDivisionError: division by zero")
        XCTAssertEqual(last["line"] as? Int, 2)
    }
}
