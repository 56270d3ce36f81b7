"""Basic statistics of numeric data: averages, spread, quantiles.

As in CPython, sums are computed exactly (with Fractions) and only the final
result is rounded, so results match CPython's to the last bit, and the
result has the type of the data where that makes sense: mean([1, 2, 3]) is
the int 2, mean([1, 2, 3, 4]) the float 2.5; Decimal data gives Decimals.
"""

import math
from fractions import Fraction
from decimal import Decimal

__all__ = [
    'StatisticsError', 'correlation', 'covariance', 'fmean',
    'geometric_mean', 'harmonic_mean', 'linear_regression', 'mean',
    'median', 'median_grouped', 'median_high', 'median_low', 'mode',
    'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance',
    'NormalDist',
]


class StatisticsError(ValueError):
    pass


# -- exact arithmetic helpers ----------------------------------------------

def _exact_ratio(x):
    """(numerator, denominator) of x exactly; (x, None) for inf and nan."""
    if isinstance(x, (int, Fraction)):
        return x.numerator, x.denominator
    if isinstance(x, float):
        if math.isinf(x) or math.isnan(x):
            return (x, None)
        return x.as_integer_ratio()
    if isinstance(x, Decimal):
        if not x.is_finite():
            return (x, None)
        return x.as_integer_ratio()
    raise TypeError("can't convert type '%s' to numerator/denominator"
                    % type(x).__name__)


def _coerce(T, S):
    """The type a mix of T and S values is reported in."""
    if T is S or S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total as a Fraction or a non-finite float, count)."""
    T = int
    total = Fraction(0)
    special = None
    count = 0
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        if d is None:
            special = n if special is None else special + n
        else:
            total += Fraction(n, d)
    if special is not None:
        return T, special, count
    return T, total, count


def _convert(value, T):
    """value (usually a Fraction) as type T, an int only when integral."""
    if type(value) is T:
        return value
    if T is int and value.denominator != 1:
        T = float
    if issubclass(T, Decimal) and isinstance(value, Fraction):
        # Decimal has no exact constructor from a Fraction: divide in its context.
        return T(value.numerator) / T(value.denominator)
    return T(value)


def _sqrt_of_frac(n, m):
    """sqrt(n/m) as a correctly rounded float, for n >= 0, m > 0."""
    if n == 0:
        return 0.0
    # Scale by an even power of two so the integer root has over 55 bits.
    shift = max(0, 112 - (n.bit_length() - m.bit_length()))
    shift += shift & 1
    num = n << shift
    r, rem = divmod(num, m)
    q = math.isqrt(r)
    exact = rem == 0 and q * q == r
    # Round q (plus an unknown fraction when inexact) to 53 bits.
    extra = q.bit_length() - 53
    top = q >> extra
    rest = q - (top << extra)
    half = 1 << (extra - 1)
    if rest > half or (rest == half and (not exact or top & 1)):
        top += 1
    return math.ldexp(float(top), extra - shift // 2)


def _sumprod(xs, ys):
    """Sum of products, rounded once (math.sumprod is not available)."""
    total = Fraction(0)
    all_int = True
    for x, y in zip(xs, ys):
        if not (isinstance(x, int) and isinstance(y, int)):
            all_int = False
        total += Fraction(x) * Fraction(y)
    return int(total) if all_int else float(total)


def _fsum_count(data):
    n = 0
    values = []
    for x in data:
        n += 1
        values.append(x)
    return math.fsum(values), n


# -- averages ----------------------------------------------------------------

def mean(data):
    """Arithmetic mean of data, in the type of the data where exact."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(total / n, T)


def fmean(data, weights=None):
    """Fast floating-point arithmetic mean, optionally weighted."""
    if weights is None:
        total, n = _fsum_count(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    data = list(data)
    weights = list(weights)
    if len(data) != len(weights):
        raise StatisticsError('data and weights must be the same length')
    num = _sumprod(data, weights)
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    """Geometric mean of positive data, as a float."""
    n = 0
    found_zero = False
    logs = []
    for x in data:
        n += 1
        if x > 0.0 or math.isnan(x):
            logs.append(math.log(x))
        elif x == 0.0:
            found_zero = True
        else:
            raise StatisticsError('No negative inputs allowed', x)
    total = math.fsum(logs)
    if not n:
        raise StatisticsError('Must have a non-empty dataset')
    if math.isnan(total):
        return math.nan
    if found_zero:
        return math.nan if total == math.inf else 0.0
    return math.exp(total / n)


def harmonic_mean(data, weights=None):
    """Harmonic mean of non-negative data, optionally weighted."""
    errmsg = 'harmonic mean does not support negative values'
    data = list(data)
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    if n == 1 and weights is None:
        x = data[0]
        if not isinstance(x, (int, float, Fraction)):
            raise TypeError('unsupported type')
        if x < 0:
            raise StatisticsError(errmsg)
        return x
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        if any(w < 0 for w in weights):
            raise StatisticsError(errmsg)
        sum_weights = _sum(weights)[1]
    if any(x < 0 for x in data):
        raise StatisticsError(errmsg)
    try:
        T, total, count = _sum([w / x if w else 0 for w, x in zip(weights, data)])
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights / total, T)


def median(data):
    """Median (middle value) of data; the mean of the middle two if even."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    """Low median: the smaller middle value when there are two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    """High median: the larger middle value when there are two."""
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    return data[n // 2]


def median_grouped(data, interval=1.0):
    """Median of grouped continuous data (the 50th percentile)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError('no median for empty data')
    x = data[n // 2]
    # The run of values equal to x: data[lo:hi].
    lo = 0
    while data[lo] < x:
        lo += 1
    hi = lo
    while hi < n and data[hi] == x:
        hi += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError('Value cannot be converted to a float')
    return x - interval / 2.0 + interval * (n / 2 - lo) / (hi - lo)


def _counts(data):
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    return counts


def mode(data):
    """Most common value; the first one met when several tie."""
    counts = _counts(data)
    if not counts:
        raise StatisticsError('no mode for empty data')
    best, best_count = None, 0
    for value, count in counts.items():
        if count > best_count:
            best, best_count = value, count
    return best


def multimode(data):
    """List of the most common values, in order of first appearance."""
    counts = _counts(data)
    if not counts:
        return []
    top = max(counts.values())
    return [value for value, count in counts.items() if count == top]


def quantiles(data, *, n=4, method='exclusive'):
    """n-1 cut points dividing data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        if ld == 1:
            return data * (n - 1)
        raise StatisticsError('must have at least one data point')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            result.append((data[j] * (n - delta) + data[j + 1] * delta) / n)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            result.append((data[j - 1] * (n - delta) + data[j] * delta) / n)
        return result
    raise ValueError(f'Unknown method: {method!r}')


# -- spread ------------------------------------------------------------------

def _ss(data, c=None):
    """(type, exact sum of squared deviations, mean, count)."""
    if c is not None:
        T, ssd, count = _sum([(x - c) * (x - c) for x in data])
        return T, ssd, c, count
    T = int
    count = 0
    sx = Fraction(0)
    sxx = Fraction(0)
    special = None
    for x in data:
        count += 1
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        if d is None:
            special = n if special is None else special + n
            continue
        sx += Fraction(n, d)
        sxx += Fraction(n * n, d * d)
    if special is not None:
        return T, special, special, count
    if not count:
        return T, Fraction(0), Fraction(0), 0
    return T, (count * sxx - sx * sx) / count, sx / count, count


def variance(data, xbar=None):
    """Sample variance of data (at least two points)."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    """Population variance of data."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(ss / n, T)


def _root(mss, T=float):
    if isinstance(mss, (float, Decimal)):
        return mss.sqrt() if isinstance(mss, Decimal) else math.sqrt(mss)
    if issubclass(T, Decimal):
        return _decimal_root(mss.numerator, mss.denominator)
    return _sqrt_of_frac(mss.numerator, mss.denominator)


def _decimal_root(n, m):
    """sqrt(n/m) as a Decimal rounded in the current context."""
    import decimal
    if n == 0:
        return Decimal('0.0')
    ctx = decimal.getcontext()
    with decimal.localcontext() as wide:
        wide.prec = ctx.prec + 20
        root = (Decimal(n) / Decimal(m)).sqrt()
    return +root


def stdev(data, xbar=None):
    """Sample standard deviation: the square root of the sample variance."""
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _root(ss / (n - 1), T)


def pstdev(data, mu=None):
    """Population standard deviation."""
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _root(ss / n, T)


# -- two variables -------------------------------------------------------------

def covariance(x, y, /):
    """Sample covariance of two equally long inputs."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('covariance requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('covariance requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = _sumprod([xi - xbar for xi in x], [yi - ybar for yi in y])
    return sxy / (n - 1)


def correlation(x, y, /, *, method='linear'):
    """Pearson's correlation coefficient (or Spearman's with 'ranked')."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('correlation requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('correlation requires at least two data points')
    if method not in ('linear', 'ranked'):
        raise ValueError(f'Unknown method: {method!r}')
    if method == 'ranked':
        x, y = _ranks(x), _ranks(y)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    x = [xi - xbar for xi in x]
    y = [yi - ybar for yi in y]
    sxy = _sumprod(x, y)
    sxx = _sumprod(x, x)
    syy = _sumprod(y, y)
    if not sxx or not syy:
        raise StatisticsError('at least one of the inputs is constant')
    product = Fraction(sxx) * Fraction(syy)
    return sxy / _sqrt_of_frac(product.numerator, product.denominator)


def _ranks(data):
    """Rank of each value from 1 up, ties sharing their average rank."""
    order = sorted(range(len(data)), key=lambda i: data[i])
    ranks = [0] * len(data)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and data[order[j + 1]] == data[order[i]]:
            j += 1
        rank = (i + j) / 2 + 1
        for k in range(i, j + 1):
            ranks[order[k]] = rank
        i = j + 1
    return ranks


class LinearRegression:
    """Result of linear_regression(): slope and intercept, a named pair."""
    _fields = ('slope', 'intercept')

    def __init__(self, slope, intercept):
        self.slope = slope
        self.intercept = intercept

    def __repr__(self):
        return f'LinearRegression(slope={self.slope!r}, intercept={self.intercept!r})'

    def __iter__(self):
        return iter((self.slope, self.intercept))

    def __getitem__(self, i):
        return (self.slope, self.intercept)[i]

    def __len__(self):
        return 2

    def __eq__(self, other):
        if isinstance(other, LinearRegression):
            other = tuple(other)
        if isinstance(other, tuple):
            return (self.slope, self.intercept) == other
        return NotImplemented

    def __hash__(self):
        return hash((self.slope, self.intercept))


def linear_regression(x, y, /, *, proportional=False):
    """Slope and intercept of the least-squares line through (x, y)."""
    n = len(x)
    if len(y) != n:
        raise StatisticsError('linear regression requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError('linear regression requires at least two data points')
    if not proportional:
        xbar = math.fsum(x) / n
        ybar = math.fsum(y) / n
        x = [xi - xbar for xi in x]
        y = [yi - ybar for yi in y]
    sxy = _sumprod(x, y) + 0.0
    sxx = _sumprod(x, x)
    if not sxx:
        raise StatisticsError('x is constant')
    slope = sxy / sxx
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)


from _statistics_normal import NormalDist
