"""Pure extraction functions: text plus loaded data in, a value (or None) out."""
