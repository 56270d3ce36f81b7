// Issue 10's end-to-end lesson in a real terminal (tmux): a conditional
// breakpoint and a watch set on the screen, an expression that reads a
// closure variable, `self` opened up, two names marked as one object, and
// the same labels and marks after stepping back and forward.
import Foundation
import XCTest

final class EvaluateWatchEndToEndTests: XCTestCase {
    static let program = """
    class Person:
        def __init__(self, name):
            self.name = name
            self.friends = []

        def introduce(self, greeter):
            return greeter(self)

    def make_greeter(greeting):
        def greet(person):
            text = greeting + ", " + person.name
            return text
        return greet

    kim = Person("Kim")
    team = kim.friends
    crew = team
    hello = make_greeter("Hello")
    for i in range(3):
        team.append(i)
    print(kim.introduce(hello))

    """

    /// The label (`#N`) shown before the value on the row of `name`.
    static func label(_ screen: String, row name: String) -> String? {
        for line in Tmux.lines(screen) {
            guard let r = line.range(of: #"\b"# + name + #"\s+= (#\d+) "#, options: .regularExpression) else { continue }
            let text = String(line[r])
            return text.range(of: #"#\d+"#, options: .regularExpression).map { String(text[$0]) }
        }
        return nil
    }

    func testConditionalBreakpointWatchClosureSelfAliasesAndStepBack() throws {
        let tmux = try Tmux.start(program: "people.py", width: 120, height: 36, source: Self.program)
        defer { tmux.stop() }
        var screen = try tmux.waitFor("the first stop") { $0.contains("PAUSED") && $0.contains("at line 1") }

        // A conditional breakpoint and a watch, both typed on the screen.
        tmux.send(":")
        tmux.send("b 20 if i == 1")
        tmux.send("Enter")
        screen = try tmux.waitFor("the breakpoint set") { $0.contains("20") && $0.contains("i == 1") }
        tmux.send("w")
        tmux.send("len(crew)")
        tmux.send("Enter")
        screen = try tmux.waitFor("the watch listed") { $0.contains("len(crew)") }

        // Continue: the loop stops only when i == 1; the watch has its value.
        tmux.send("c")
        screen = try tmux.waitFor("the conditional stop") { $0.contains("at line 20") && $0.contains("breakpoint at line 20 (i == 1)") }
        XCTAssert(screen.contains("i") && screen.range(of: #"\bi\s+= 1\b"#, options: .regularExpression) != nil, screen)
        XCTAssert(screen.range(of: #"len\(crew\)\s*= 1"#, options: .regularExpression) != nil, "the watch shows 1:\n\(screen)")
        // team and crew are one list: both rows carry the same label.
        let teamLabel = Self.label(screen, row: "team"), crewLabel = Self.label(screen, row: "crew")
        XCTAssertNotNil(teamLabel, screen)
        XCTAssertEqual(teamLabel, crewLabel, screen)
        let helloRow = Tmux.lines(screen).first { $0.contains("hello ") && $0.contains("function") } ?? ""
        XCTAssertFalse(helloRow.contains("0x"), "objects show labels, not addresses: \(helloRow)")

        // One step: team.append(1) mutates the list, so both names are marked.
        tmux.send("n")
        screen = try tmux.waitFor("the mutation marked") { $0.contains("at line 19") || $0.contains("at line 20") }
        screen = try tmux.waitFor("both aliases marked") { screen in
            Tmux.lines(screen).contains { $0.range(of: #"~ team\s+= #\d+ \[0, 1\]"#, options: .regularExpression) != nil }
                && Tmux.lines(screen).contains { $0.range(of: #"~ crew\s+= #\d+ \[0, 1\]"#, options: .regularExpression) != nil }
        }
        let marked = screen

        // Back and forward: the same labels and marks.
        tmux.send("BSpace")
        screen = try tmux.waitFor("the stop before, again") { $0.contains("at line 20") && $0.contains("PAUSED") }
        XCTAssertEqual(Self.label(screen, row: "team"), teamLabel, screen)
        tmux.send("f")
        screen = try tmux.waitFor("the marks again after the replay") { screen in
            Tmux.lines(screen).contains { $0.range(of: #"~ crew\s+= #\d+ \[0, 1\]"#, options: .regularExpression) != nil }
        }
        XCTAssertEqual(Self.label(screen, row: "team"), Self.label(marked, row: "team"), screen)
        XCTAssertEqual(Self.label(screen, row: "crew"), crewLabel, screen)

        // Into greet: evaluate an expression that reads the closure variable.
        tmux.send(":")
        tmux.send("b 11")
        tmux.send("Enter")
        _ = try tmux.waitFor("the second breakpoint") { $0.contains("11") }
        tmux.send("c")
        screen = try tmux.waitFor("the stop in greet") { $0.contains("at line 11") && $0.contains("greet") }
        tmux.send(":")
        tmux.send("greeting.upper() + '!'")
        tmux.send("Enter")
        screen = try tmux.waitFor("the closure variable evaluated") { $0.contains("'HELLO!'") }

        // Up to introduce and open self: its attributes, with friends marked as the alias it is.
        tmux.send("u")
        screen = try tmux.waitFor("introduce selected") { $0.contains("Scopes: Person.introduce") }
        tmux.send(":")
        tmux.send("self")
        tmux.send("Enter")
        screen = try tmux.waitFor("self evaluated") { $0.contains("self = <") }
        // The result sits atop the Scopes pane: focus it (Source, Stack, Scopes), go to the top, open it.
        tmux.send("Tab")
        tmux.send("Tab")
        tmux.send("Home")
        tmux.send("Enter")
        screen = try tmux.waitFor("self opened") { $0.contains("name = 'Kim'") }
        XCTAssert(screen.contains("Scopes: Person.introduce"), "still the selected frame:\n\(screen)")
        XCTAssert(screen.range(of: #"friends = #\d+ \[0, 1, 2\]"#, options: .regularExpression) != nil, "friends is the list team and crew name:\n\(screen)")
        tmux.send("q")
        _ = try? tmux.waitFor("the quit question") { $0.contains("quit anyway? (y/n)") }
        tmux.send("y")
    }
}

extension Tmux {
    /// A wait with its own timeout, for retries that may not need it.
    func waitFor(_ what: String, timeout: Double, _ done: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let screen = capture()
            if done(screen) { return screen }
            usleep(100_000)
        }
        throw NSError(domain: "tmux", code: 1, userInfo: [NSLocalizedDescriptionKey: "timed out waiting for \(what)"])
    }
}
