//! Per-item decisions: service, outcome, guideline paragraphs, rationale.
