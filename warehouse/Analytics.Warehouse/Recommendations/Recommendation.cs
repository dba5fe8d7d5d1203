namespace Analytics.Warehouse.Recommendations;

/// <summary>
/// One addressed recommendation: a municipality, an indicator, the condition that fired with its
/// severity, its place among the municipality's (1 = the most severe), the value and the baseline
/// it was compared with, and the Russian text with the action, the responsible bodies and the term.
/// </summary>
public sealed record Recommendation(
    int Year, string Municipality, string Indicator, RecommendationCondition Condition, int Severity, int Position,
    double? Value, double? Baseline, string Text, string Responsible, string Term);

/// <summary>A significant improvement of a municipality on an indicator in a year, named as progress.</summary>
public sealed record ProgressNote(int Year, string Municipality, string Indicator, string Text);

/// <summary>A year's recommendations and progress notes; <see cref="IssuedOn"/> is null for a draft («проект»).</summary>
public sealed record RecommendationSet(int Year, List<Recommendation> Items, List<ProgressNote> Progress, DateOnly? IssuedOn)
{
    /// <summary>Whether the set is a draft, not issued.</summary>
    public bool Draft => IssuedOn is null;
}

/// <summary>A measure (мероприятие) taken on a recommendation, as loaded from a <c>measures</c> file.</summary>
public sealed record MeasureRecord(string Municipality, string Indicator, int Year, string Title, string Status);
