"""The Screener page: every store on the five selection criteria (funnel, shortlist, what-if,
histograms, comparison, CSV)."""
