"""Underwriting logic over merchant data: selection metrics, the scorecard, covenants and the
numbers behind the dashboard charts. Pure and Qt-free; integers in, integers out."""
