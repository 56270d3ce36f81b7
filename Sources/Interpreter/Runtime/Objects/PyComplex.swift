// A complex number: immutable, two doubles (Runtime/Numbers/ComplexMath.swift
// has the arithmetic).

public class PyComplex: PyObject {
    public let value: ComplexNumber
    public init(_ value: ComplexNumber) {
        self.value = value
        super.init(kind: .complex)
    }
    public convenience init(_ re: Double, _ im: Double) { self.init(ComplexNumber(re, im)) }
    public override var pyType: PyType { BuiltinTypes.complex }
}

extension Value {
    @inline(__always) static func complex(_ c: ComplexNumber) -> Value { .object(PyComplex(c)) }
}
