# Reading a module name needs no declaration.
TAX_RATE = 0.25
prices = [100, 40]


def total_with_tax():
    return sum(prices) * (1 + TAX_RATE)


print(total_with_tax())
prices.append(60)
print(total_with_tax())
