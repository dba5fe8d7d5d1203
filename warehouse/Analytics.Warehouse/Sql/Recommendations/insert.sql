-- One issued recommendation.
INSERT INTO rec_recommendation (year, municipality_code, indicator, condition, severity, position, value, baseline, text, responsible, term)
VALUES ($year, $municipality, $indicator, $condition, $severity, $position, $value, $baseline, $text, $responsible, $term);
