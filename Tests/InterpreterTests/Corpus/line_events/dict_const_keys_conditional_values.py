# A dict display of constant keys whose values are conditional expressions
# over lines: a value starts with its test, so no event on the line where
# the value's untaken branch is.
a, b, c, s = 1, 0, 3, 'ab'
v = {
    'j':
    (c if a > -1
    else c), 'k': (len(s)
    if b > 1 else a), 'm': (a +
    b)}
print(v)
