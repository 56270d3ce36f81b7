# The real-valued distributions for one seed, rounded for reading.
import random

random.seed(7)
draws = {
    'random': random.random(), 'uniform': random.uniform(2, 5),
    'triangular': random.triangular(0, 10, 2), 'gauss': random.gauss(100, 15),
    'normal': random.normalvariate(0, 1), 'lognorm': random.lognormvariate(0, 0.5),
    'expo': random.expovariate(1.5), 'vonmises': random.vonmisesvariate(0, 4),
    'gamma': random.gammavariate(2.5, 1), 'gamma_small': random.gammavariate(0.4, 3),
    'beta': random.betavariate(2, 5), 'pareto': random.paretovariate(2),
    'weibull': random.weibullvariate(1, 1.5),
}
for name, value in draws.items():
    print(f'{name:12} {value:.12f}')
print([random.binomialvariate(20, 0.3) for _ in range(8)], random.binomialvariate(1000, 0.6))
