"""Content files as typed, position-aware documents: formats, loading, explanations, rules, assessment pools."""
