namespace Analytics.Generator;

/// <summary>An organization of the synthetic region.</summary>
public sealed record Organization(string Id, string Name, int Municipality, string Type, bool LowResults, int Capacity);

/// <summary>A synthetic pedagogical worker (personal data exists here only to be written to inputs).</summary>
public sealed class Person
{
    /// <summary>The СНИЛС (11 digits).</summary>
    public required string Snils { get; init; }
    /// <summary>Surname.</summary>
    public required string LastName { get; init; }
    /// <summary>First name.</summary>
    public required string FirstName { get; init; }
    /// <summary>Patronymic.</summary>
    public required string MiddleName { get; init; }
    /// <summary>Birth date.</summary>
    public required DateOnly BirthDate { get; init; }
    /// <summary>The year the pedagogical experience started.</summary>
    public required int CareerStart { get; init; }
    /// <summary>The organization index.</summary>
    public int Org { get; set; }
    /// <summary>teacher or manager.</summary>
    public required string Role { get; set; }
    /// <summary>Position title.</summary>
    public required string Position { get; set; }
    /// <summary>Individual skill offset for diagnostic scores.</summary>
    public required double Skill { get; init; }
    /// <summary>Whether the person is on staff this year.</summary>
    public bool Active { get; set; } = true;
    /// <summary>The end of the current mentoring, if any (DateOnly.MaxValue when open).</summary>
    public DateOnly? MentoredUntil { get; set; }

    /// <summary>Formatted for files.</summary>
    public SnilsValue SnilsCell => new(Snils, SnilsNumbers.Format(Snils));
}
