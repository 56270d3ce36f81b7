// Expression stepping's instruction traps. Armed, every instruction of one
// line of one code object is swapped, in the code's instruction buffer, for
// a NOP with a negative argument; the eval loop's `.nop` case hands those to
// the debugger. So the VM pays nothing while the mode is off: no flag is
// tested per instruction. A trapped instruction is put back just before it
// runs and trapped again at the next trap, so a loop inside the line (a
// comprehension) traps at every pass.

/// The debugger's side of a trap (ProgramRun).
protocol InstructionTrapHandler: AnyObject {
    /// Called before the trapped instruction at `index` of `frame` runs;
    /// must put the instruction back (InstructionTraps.release).
    /// `stepping`: the program is running under the debugger's hook (not a
    /// `p EXPR` evaluation at a stop).
    func instructionTrap(frame: Frame, index: Int, vm: VM, stepping: Bool) throws
}

final class InstructionTraps {
    static let trap = Instruction(.nop, -1)
    private(set) var code: CodeObject?
    private var buffer: UnsafeMutablePointer<Instruction>?
    private var originals: [Int: Instruction] = [:]
    /// The instruction put back to run, trapped again at the next trap.
    private var released: Int?
    private(set) var line = 0

    var isArmed: Bool { code != nil }

    /// Traps every instruction of `line` in `frame`'s code (its line events stay).
    func arm(_ frame: Frame, line: Int) {
        disarm()
        let code = frame.code
        let buf = frame.insts
        for i in 0..<min(code.lines.count, code.instructions.count) where Int(code.lines[i]) == line {
            let ins = buf[i]
            if ins.op == .traceLine || (ins.op == .nop && ins.arg < 0) { continue }
            originals[i] = ins
            buf[i] = Self.trap
        }
        self.code = code
        self.buffer = buf
        self.line = line
    }

    /// Every trapped instruction back in place.
    func disarm() {
        if let buf = buffer {
            for (i, ins) in originals { buf[i] = ins }
        }
        originals = [:]
        released = nil
        code = nil
        buffer = nil
        line = 0
    }

    func original(at index: Int) -> Instruction? { originals[index] }

    /// Puts back the instruction at `index` so the loop runs it; the one
    /// released before is trapped again.
    func release(_ index: Int) {
        rearm()
        guard let buf = buffer, let ins = originals[index] else { return }
        buf[index] = ins
        released = index
    }

    func rearm() {
        if let i = released, let buf = buffer { buf[i] = Self.trap }
        released = nil
    }
}

extension VM {
    /// The eval loop met a trap (a NOP with a negative argument) at `index`.
    @inline(never)
    func instructionTrap(_ frame: Frame, _ index: Int) throws {
        guard let h = hook as? InstructionTrapHandler else {
            fatalError("an expression-stepping trap with no debugger attached")
        }
        let saved = hookActive
        hookActive = false  // the debugger's own reprs are not traced
        defer { hookActive = saved }
        try h.instructionTrap(frame: frame, index: index, vm: self, stepping: saved)
    }
}
