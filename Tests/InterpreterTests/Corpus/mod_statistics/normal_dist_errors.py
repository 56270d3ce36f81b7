import statistics as st
for t in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.stdev([1]),
          lambda: st.variance([5]), lambda: st.quantiles([1], n=4), lambda: st.quantiles([1, 2], n=0),
          lambda: st.harmonic_mean([-1, 2]), lambda: st.geometric_mean([0, 1]), lambda: st.mean(["a", "b"]),
          lambda: st.correlation([1, 2], [1]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.pstdev([]),
          lambda: st.fmean([]), lambda: st.NormalDist(0, -1), lambda: st.linear_regression([1, 1], [1, 2])]:
    try:
        print(repr(t()))
    except Exception as e:
        print(type(e).__name__ + ":", e)
nd = st.NormalDist(100, 15)
print(nd, nd.cdf(115), nd.inv_cdf(0.5), nd.pdf(100), nd.mean, nd.stdev, nd.variance)
print(nd.overlap(st.NormalDist(110, 15)), nd.zscore(130), nd + 5, nd * 2)
print(st.NormalDist.from_samples([1, 2, 3, 4]))
