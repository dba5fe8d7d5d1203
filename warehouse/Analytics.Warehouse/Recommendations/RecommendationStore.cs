using DuckDB.NET.Data;

namespace Analytics.Warehouse.Recommendations;

/// <summary>
/// Issued recommendations in the warehouse: issuing a year's set replaces the earlier set of the
/// year in one transaction and records the issue among the runs (with a note when it replaced one).
/// </summary>
public static class RecommendationStore
{
    /// <summary>Records <paramref name="set"/> as issued on <paramref name="issuedOn"/>; returns the note for the run log.</summary>
    public static string Issue(DuckDBConnection connection, RecommendationSet set, DateOnly issuedOn)
    {
        using var transaction = connection.BeginTransaction();
        var earlier = connection.Query(SqlScripts.Get("Sql/Recommendations/previous_issue.sql"), r => DateOnly.FromDateTime(r.GetDateTime(0)), ("year", set.Year));
        var note = earlier is [var e]
            ? $"рекомендации за {set.Year} год выданы заново: набор от {e:dd.MM.yyyy} заменён (рекомендаций: {set.Items.Count})"
            : $"рекомендации за {set.Year} год выданы (рекомендаций: {set.Items.Count})";
        connection.Execute(SqlScripts.Get("Sql/Recommendations/delete_year.sql"), ("year", set.Year));
        var runId = connection.Scalar<long>(SqlScripts.Get("Sql/Recommendations/run.sql"),
            ("started_at", DateTime.Now), ("rows", (long)set.Items.Count), ("note", note));
        var insert = SqlScripts.Get("Sql/Recommendations/insert.sql");
        foreach (var r in set.Items)
        {
            connection.Execute(insert, ("year", r.Year), ("municipality", r.Municipality), ("indicator", r.Indicator),
                ("condition", r.Condition.ToString()), ("severity", r.Severity), ("position", r.Position),
                ("value", r.Value), ("baseline", r.Baseline), ("text", r.Text), ("responsible", r.Responsible), ("term", r.Term));
        }
        connection.Execute(SqlScripts.Get("Sql/Recommendations/insert_issue.sql"),
            ("year", set.Year), ("issued_on", issuedOn.ToDateTime(TimeOnly.MinValue)), ("run_id", runId), ("recommendations", set.Items.Count));
        transaction.Commit();
        return note;
    }

    /// <summary>Every issued set, by year (progress notes are not issued: they are recomputed).</summary>
    public static Dictionary<int, RecommendationSet> Issued(DuckDBConnection connection)
    {
        var dates = connection.Query(SqlScripts.Get("Sql/Recommendations/issues.sql"), r => (Year: r.GetInt32(0), On: DateOnly.FromDateTime(r.GetDateTime(1))));
        var items = connection.Query(SqlScripts.Get("Sql/Recommendations/issued.sql"), r => new Recommendation(
            r.GetInt32(0), r.GetString(1), r.GetString(2), Enum.Parse<RecommendationCondition>(r.GetString(3)), r.GetInt32(4), r.GetInt32(5),
            r.IsDBNull(6) ? null : r.GetDouble(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.GetString(8), r.GetString(9), r.GetString(10)));
        return dates.ToDictionary(d => d.Year, d => new RecommendationSet(d.Year, items.Where(i => i.Year == d.Year).ToList(), [], d.On));
    }

    /// <summary>The measures loaded from the measures files.</summary>
    public static List<MeasureRecord> Measures(DuckDBConnection connection) =>
        connection.Query(SqlScripts.Get("Sql/Recommendations/measures.sql"), r => new MeasureRecord(r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4)));
}
