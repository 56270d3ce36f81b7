# ~member and negative values of Flag/IntFlag: CPython 3.13 maps a negative value within the flag's bits to all_bits + 1 + value.
import enum
class F(enum.IntFlag):
    A = 1
    B = 2
print(F(-1), ~F.A, ~F.B, F.A | F.B, ~(F.A|F.B), F(0), F(-4), F(-5), F(-8), F(-100), F(12), ~F(12))
class P(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(~P.R, ~(P.R | P.W), P(-1), P(-9), repr(~P.X))
class G(enum.Flag):
    R = 1
    W = 2
    X = 4
print(~G.R, G(7), ~G(7), list(G(5)), ~G(0))
class K(enum.Flag, boundary=enum.KEEP):
    A = 1
    B = 4
print(K(-1), ~K.A, K(8), ~K(8), K(-3))
