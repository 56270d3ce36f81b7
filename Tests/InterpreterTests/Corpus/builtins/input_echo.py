# input() reads one line from standard input (see input_echo.stdin).
name = input("Your name? ")
print("Hello,", name + "!")
color = input()
print("favourite colour:", color.upper())
