def f(x):
    return x + 1
def g(x, y):
    return x - y
class O:
    def __init__(self):
        self.v = 7
o = O()
a, b, c = 3, -2, 0
xs = [4, 5, 6]
r = o.v
r = o.v < b
r = b
r = ((b > b) or (b or b)) or ((a - c) & (a * a))
r = c
r = -c
r = a
r = g(g(a and b, o.v and a), b * g(a, a))
r = o.v
r = xs[c % 3] and f(xs[(b and a) % 3])
r = f(b)
r = g((b >= c) or (c == o.v), o.v) - ((c * xs[a % 3]) or xs[o.v % 3])
r = g(b if c else a, o.v if a else c)
r = xs[((b < c) if (b * a) else (c - b)) % 3]
r = (b | a) * f(b)
r = (a if c else b) & (b or b)
r = g((not (b or b)) if b else ((not a) * (c and a)), -(b if b else g(c, b)))
r = f(c or a)
r = a
r = b
r = b
r = g(a | c, o.v if o.v else c)
r = b - b
r = f((a if a else b) if (o.v & b) else (-o.v))
r = a
r = b
r = b - o.v
r = a
r = not o.v
r = ((not c) | (g(a, c) * (-c))) if f((b ^ a) >= (a * c)) else g(xs[(b != b) % 3], xs[a % 3] * b)
r = f(a ^ c)
r = o.v
r = b + b
r = f(o.v) + ((-(c or a)) & ((-b) and (b and b)))
r = (a and ((-c) ^ (a and o.v))) != (xs[(o.v or o.v) % 3] + ((a if a else o.v) if a else (c | o.v)))
r = b
r = (-c) | o.v
r = c
r = (-c) == (a == a)
r = c
r = a
r = a != xs[((o.v or b) != (c if a else b)) % 3]
r = g(b ^ a, c) * g(b if c else o.v, g(a, o.v))
r = b if o.v else b
r = xs[c % 3]
r = (a <= o.v) ^ (a if c else o.v)
r = xs[o.v % 3]
r = f(o.v)
r = c
r = (c and a) and ((a and o.v) ^ (a and a))
r = (((not b) and (a if a else c)) and ((o.v - b) - (a and o.v))) <= ((not xs[c % 3]) == c)
r = g(a, a)
r = o.v
r = xs[(b * a) % 3]
r = f(o.v) - (-a)
r = (((b > b) and (-a)) + o.v) + ((-(b - a)) & (c or (o.v & o.v)))
r = not (-(xs[b % 3] & f(c)))
r = o.v + b
r = not (-o.v)
r = g(a, o.v)
r = (not (a and (a >= b))) - o.v
r = a and c
r = g(c, f(a) if (c if o.v else c) else (c * b))
r = a
r = (o.v - a) and xs[a % 3]
r = g(b, f(a) or (c - c)) if g(-b, c) else f(xs[a % 3] * (a if a else b))
r = o.v * (((b >= b) > (o.v and a)) and b)
r = f(o.v)
r = a + a
r = ((o.v ^ c) if (-a) else (b ^ c)) | xs[(not a) % 3]
r = -((-(o.v * o.v)) - xs[b % 3])
r = f(g(c, -b))
r = b
r = (c and b) ^ (not c)
r = -(c or o.v)
r = -xs[o.v % 3]
r = a
r = b
r = (-b) if c else (c and a)
r = xs[c % 3]
r = a
r = b != (not g(b | b, c))
r = (b or (b and c)) > (a and (b or b))
r = ((not o.v) & xs[b % 3]) * f(-a)
r = (c & f(o.v)) + g((b & b) and (b & b), f(c and c))
r = a if b else (a or a)
r = c + c
r = o.v if b else o.v
r = b and a
r = (-o.v) + a
r = g(c, b)
r = (not b) if f(g(a if b else b, f(a))) else f((o.v != c) * (-a))
r = a
r = f(xs[(a & c) % 3])
r = f(b * b)
r = (c if o.v else a) and (a + b)
r = c
r = a * (a - a)
r = a
r = f(f((b if o.v else a) | (not c)))
r = xs[c % 3] ^ (not a)
r = -(f(a | c) and o.v)
r = -c
r = g(not (c if (o.v if a else c) else a), g(g(a or o.v, c - b), (b if c else o.v) >= (o.v ^ c)))
r = a + g(b | a, b >= c)
r = g((not b) < (c - o.v), g(c and a, -a))
r = c
r = f(c)
r = c <= ((-(o.v | o.v)) <= (-(-c)))
r = c + g(f(b), g(b, a))
r = not c
r = b
r = not (-xs[a % 3])
r = (a >= b) - (a ^ b)
r = o.v and xs[b % 3]
r = xs[f(c <= a) % 3]
r = f(c or b) <= b
r = not (not a)
r = a
r = (o.v * (b & b)) or (not (a * b))
r = a
r = (a & a) and a
r = b
r = g(f(a), not c) <= ((o.v & o.v) or c)
r = a > f(o.v)
r = o.v + c
r = b
r = g(a, -o.v) or ((c if a else c) != (a * b))
r = xs[b % 3]
r = f(o.v)
r = not b
r = o.v if b else b
r = b and ((c + b) or b)
r = o.v
r = f(not f(a))
r = b
r = not xs[b % 3]
r = not ((g(c, c) or b) == (c and g(o.v, o.v)))
r = -xs[a % 3]
r = c
r = (o.v - c) | (c - a)
r = o.v
r = c and ((b + a) <= (not c))
r = xs[c % 3]
r = a
r = a - a
r = xs[(b + (a or o.v)) % 3] and ((f(c) if f(c) else (b < c)) and (not xs[a % 3]))
r = (a * a) if a else o.v
r = a
r = b + (-a)
r = g(((b + a) or (c and c)) + f(xs[a % 3]), not ((not c) or f(b)))
r = b
r = a
r = xs[(c if a else b) % 3]
r = o.v
r = g(a, b)
r = a and g((a if c else b) & (not b), (c | b) or (b + b))
r = not ((o.v or c) != a)
r = xs[a % 3]
r = a
r = (b ^ o.v) == f(o.v)
r = -a
r = b
r = f(b)
r = b and (o.v | a)
r = xs[a % 3] - g(c, b)
r = g(b < c, not a)
r = b or b
r = xs[c % 3]
r = f(not c)
r = g(a > (not xs[o.v % 3]), ((b + b) - (b if c else o.v)) <= (f(b) or (a or b)))
r = c
r = b + a
r = xs[a % 3]
r = o.v * c
r = a ^ (-((-c) and (a and c)))
r = a or (not o.v)
r = xs[(((-a) if o.v else f(c)) - g(a <= o.v, o.v and c)) % 3]
r = c or o.v
r = o.v
r = c & xs[(b if a else a) % 3]
r = b
r = f(c == a)
r = (not c) + xs[c % 3]
r = a if (o.v + f(a)) else ((a or c) and o.v)
r = -f(o.v)
r = (-(b + b)) if (g(b, b) | (a * a)) else b
r = -(a & o.v)
r = (-b) ^ (b or b)
r = not ((not (a + b)) + ((not a) or o.v))
r = c & f(c and a)
r = (b != b) and c
r = b or a
r = a ^ g(a, b)
r = c
r = xs[a % 3] & ((c and o.v) and a)
r = (a if o.v else b) - (not o.v)
r = b
r = not (xs[(-c) % 3] == (a if (c if o.v else b) else o.v))
r = o.v or o.v
r = f(a * o.v) ^ (not o.v)
r = f(xs[c % 3] and b) or ((c <= (b - c)) + (-(c and a)))
r = b
r = g(xs[((b * c) if (c * b) else (not o.v)) % 3], g(xs[(b or a) % 3], f(a - b)))
r = g(a & b, c or a)
r = a
r = b
r = xs[((o.v != c) ^ b) % 3] | (((-a) or g(b, o.v)) if g(o.v + a, not o.v) else b)
r = b or a
r = f(b + (not o.v))
r = xs[a % 3]
r = xs[((-xs[b % 3]) or xs[(a or c) % 3]) % 3]
r = f(c)
r = a
r = f(g(a, a))
r = b
r = xs[((xs[a % 3] - (not c)) + g(b ^ o.v, b <= a)) % 3]
r = a if b else a
r = c
r = a - (c - a)
r = (not c) if f(c) else (c * o.v)
r = ((b > a) if (a | o.v) else (a ^ c)) * (not f(o.v))
r = -xs[xs[a % 3] % 3]
r = a
r = g(f(not a), a or b)
r = a != a
r = g(c, b)
r = -c
r = (-(c if c else b)) ^ xs[(b if c else a) % 3]
r = ((b and b) or (b * c)) and (g(a, a) if (c & a) else o.v)
r = (((-a) and f(a)) and a) or b
r = g(f(-a), b)
r = (b and b) or xs[b % 3]
r = a
r = g(((c and o.v) and (-c)) > (not b), c)
r = a and o.v
r = a - (((b * o.v) * (c - a)) < ((c + b) and a))
r = (c if (c | a) else c) & (xs[(b == a) % 3] and ((c + c) or (c * b)))
r = o.v * o.v
r = (-b) | (b >= b)
r = b if b else a
r = a * b
r = b
r = xs[a % 3]
r = ((-a) * ((a - o.v) & xs[o.v % 3])) <= xs[g(c - o.v, a * c) % 3]
r = a
r = (b - c) | c
r = xs[((c | b) or xs[a % 3]) % 3]
r = g(c, b)
r = g(o.v, b) ^ xs[b % 3]
r = g(c & c, a + a)
r = -c
r = xs[((not (b if a else b)) if (-c) else c) % 3]
r = c and a
r = (-(not b)) | (-(-a))
r = a + o.v
r = b
r = g(c, f(b))
r = (a and c) ^ (c if (c if b else a) else (c & o.v))
r = g((g(o.v, c) * g(o.v, b)) or (o.v ^ (c * c)), -o.v)
r = f((not b) >= g(c, a))
r = c
r = a
r = xs[b % 3]
r = o.v
r = (c + b) or (-c)
r = c
r = a
r = f(c)
r = (o.v or a) and (-b)
r = not xs[xs[o.v % 3] % 3]
r = b
r = b
r = f(-a)
r = g(c, b)
r = c ^ g((not a) if f(c) else f(b), f(a) - b)
r = (((a | b) if (a if b else b) else f(b)) if ((-b) - (a if c else b)) else ((b or o.v) or a)) and b
r = b
r = c & a
r = ((c + o.v) or (b if c else a)) ^ (not (c or c))
r = b and f(c)
r = c
r = a
r = not (((o.v or b) and (o.v or a)) or (a if (b >= c) else b))
r = a if b else o.v
r = g(c, c) ^ (b or c)
r = b > o.v
r = xs[o.v % 3]
r = o.v if f(b) else o.v
r = a * c
r = f(not (xs[c % 3] and xs[b % 3]))
r = b
r = o.v & o.v
r = (c or c) + f(c)
r = xs[a % 3]
r = o.v or g(a, b)
r = xs[c % 3] - g(c, a)
r = not c
r = a
r = c < a
r = c + f((a + o.v) ^ (-c))
r = xs[c % 3]
r = not (((b - c) if a else (o.v >= a)) if o.v else ((b if b else o.v) if (b * c) else c))
r = b
r = xs[(not (-(-b))) % 3]
r = a
r = c - b
r = g(o.v, a and c)
r = b
r = a
r = (((not a) + (-c)) ^ a) if f(g(xs[c % 3], a)) else c
r = -o.v
r = (a and o.v) and f(a)
r = a
r = (o.v ^ c) and xs[c % 3]
r = c
r = f(a)
r = o.v
r = c * ((c if a else c) & (a < a))
r = a
r = (-(c or a)) and ((c or o.v) & (a == o.v))
r = a | o.v
r = xs[f(o.v) % 3]
r = g(o.v, (-(not a)) + o.v)
r = c or a
r = -a
r = o.v
r = (g(b, b) and (-b)) + xs[(c | c) % 3]
r = o.v & c
r = (not ((c != a) if (a ^ c) else a)) ^ xs[((a if a else a) & (-b)) % 3]
r = c | ((c and b) & (c and c))
r = f(not b)
r = c
r = f(a & a) | (-f(c))
r = b
r = g(not (-b), o.v)
r = (not b) * ((-b) * xs[o.v % 3])
r = not g(xs[c % 3], b == a)
r = o.v
r = a if (-(a | c)) else ((c > b) - xs[c % 3])
r = f(c)
r = b
r = g((b == c) if (o.v & c) else (-b), (a or b) & (b and b))
r = b & g(not b, a or a)
r = (not c) <= (c or b)
r = a
r = -o.v
r = o.v
r = g(((not c) & (a or c)) or ((c > a) or xs[a % 3]), g(c, a and o.v) if c else ((not b) * (a ^ o.v)))
r = g(xs[(-o.v) % 3] + (xs[a % 3] and (not c)), xs[((o.v and b) * xs[b % 3]) % 3])
r = c if b else a
r = xs[((-c) | (b if a else o.v)) % 3]
r = b if c else a
r = (not a) == (o.v < c)
r = b and (a or a)
r = a - a
r = f(o.v) - (c & c)
r = f(not c)
r = b
r = o.v == c
r = o.v | c
r = a
r = o.v
r = f(-a)
r = f(not c)
r = o.v & (-c)
r = (b if a else o.v) == (a * a)
r = b and b
r = xs[a % 3]
r = g(g(b >= b, g(o.v, c)) or ((a >= b) and (a != o.v)), b < (-(b | o.v)))
r = (not (a if o.v else a)) > xs[(a > b) % 3]
r = c * (c | a)
r = (((a or b) if o.v else f(a)) if ((c if c else b) ^ (b * a)) else (g(c, c) & (a or o.v))) + b
r = (a * b) if g(b, o.v) else (b & c)
r = (-g(c, b)) if c else ((c | b) * (a or c))
r = not (-(not b))
r = f(((o.v + o.v) if (b ^ b) else b) != (xs[b % 3] | xs[c % 3]))
r = (-o.v) + c
r = g(xs[(a - a) % 3], f(f(b))) or (b + g(-c, c if b else c))
r = f(o.v) == (c if c else c)
r = a
r = (c ^ o.v) | (not c)
r = not ((-o.v) if ((-a) - (-o.v)) else f(not c))
r = (a | o.v) - (a if a else o.v)
r = xs[c % 3]
r = xs[(b if c else o.v) % 3]
r = xs[f((a < b) | f(b)) % 3]
r = b
r = c
r = (o.v & c) if (b ^ c) else (c - a)
r = f(a)
r = a
r = o.v != a
r = xs[b % 3] & f(a)
r = c
r = b & a
r = (a & o.v) and (-b)
r = (a if (a - c) else g(c, a)) if ((-a) | (a - a)) else (not (b ^ b))
r = (c & xs[a % 3]) ^ (-b)
r = a & b
r = g(b & c, b <= c)
r = not (a & b)
r = b
r = not (b and (-b))
r = f(f(a))
r = xs[o.v % 3]
r = not (not ((a <= c) * b))
r = c or b
r = -(c | a)
r = c
r = f(a)
r = c
r = ((o.v * c) or (a & b)) or (not b)
r = a
r = b - (((b and o.v) >= o.v) <= f(c | c))
r = xs[xs[b % 3] % 3]
r = b
r = f(f(o.v)) and b
r = (-(not b)) > a
r = (o.v or (b - (o.v + c))) + (f(b and b) & (-a))
r = o.v or c
r = (b if a else a) or (a & c)
r = c ^ (-(o.v and c))
r = a and c
r = not (not (c * a))
r = not (c or b)
r = a
r = not b
r = not f((not b) + (o.v and b))
r = (b and c) - g(b, b)
r = a > (not (not o.v))
r = b | g(c, (b and a) or xs[a % 3])
r = c if a else c
r = g(c, c)
r = g(f(-a), a)
r = a
r = -xs[c % 3]
r = xs[xs[c % 3] % 3]
r = -c
r = c
r = not b
r = c & f(c)
r = o.v ^ b
r = b
r = -o.v
r = xs[o.v % 3]
r = a if b else o.v
r = g(b, o.v)
r = f(f(not c))
r = o.v >= c
r = c
r = f(b)
r = xs[(c - b) % 3] if ((b if o.v else c) - (not a)) else ((b & o.v) > (c or o.v))
r = o.v
r = xs[a % 3] if (c == o.v) else (c and (a + a))
r = c if o.v else ((b ^ a) ^ (c and c))
r = f(f(o.v) and (b & c))
r = a & a
r = ((c >= a) or (c + a)) or b
r = c
r = a & g(c and b, a)
r = g(a, b) ^ (not b)
r = ((xs[c % 3] & b) if (f(c) + f(c)) else ((b and b) * f(c))) - c
r = b and b
r = c
r = not (-b)
r = (not o.v) if f(-f(a)) else (f(a or o.v) and (xs[a % 3] == (b != c)))
r = c
r = (a if a else o.v) + f(c)
r = f(o.v if a else c)
r = c
r = (o.v ^ a) >= g(o.v, b)
r = b or g(a | b, o.v)
r = o.v
r = (not (f(o.v) ^ (-o.v))) < (g(c, b < o.v) if a else c)
r = b
r = a
r = -((not a) - c)
r = o.v
r = f(c)
r = (((-b) * o.v) & ((b or o.v) & xs[a % 3])) & (b * (-(c > c)))
r = o.v
r = (-c) < g(g(o.v, o.v), c ^ b)
r = f(((not b) ^ (not b)) | ((a - a) < g(c, b)))
r = a
r = (c or o.v) if (c + c) else a
r = ((o.v if (o.v < a) else (a - c)) - xs[c % 3]) and ((not (a | a)) ^ a)
r = xs[(not b) % 3]
r = a and a
r = o.v
r = b ^ b
r = (a + c) and (b or o.v)
r = b
r = not (-o.v)
r = xs[b % 3] | o.v
r = xs[(((c and b) or (c - o.v)) <= ((b + c) >= (b if a else b))) % 3]
r = -o.v
r = b if o.v else o.v
r = (b or c) | (b if a else b)
r = c or c
