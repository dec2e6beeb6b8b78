"""Screening the whole portfolio on the five selection criteria: bulk data in, funnel,
shortlist, histograms and what-if thresholds out (no Qt)."""
