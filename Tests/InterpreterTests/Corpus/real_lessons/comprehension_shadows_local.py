# A list comprehension reusing a name the function also uses as a loop
# variable: while it runs, the name shows the comprehension's value.
def digit_sum_steps(num_string):
    steps = 0
    while len(num_string) != 1:
        numbers = [int(i) for i in num_string]
        total = 0
        for i in range(len(numbers)):
            total += numbers[i]
        num_string = str(total)
        steps += 1
    return steps

def pairs(words):
    w = 'outer'
    lengths = {w: len(w) for w in words}
    firsts = [w[0] for w in words if w]
    return w, lengths, firsts

print(digit_sum_steps('199'))
print(pairs(['ab', 'cde']))
