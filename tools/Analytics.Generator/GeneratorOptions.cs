namespace Analytics.Generator;

/// <summary>What <c>generate</c> writes.</summary>
/// <param name="Out">The inbox folder to write into.</param>
/// <param name="Teachers">Pedagogical workers a year (about).</param>
/// <param name="FirstYear">The first snapshot year.</param>
/// <param name="LastYear">The last snapshot year.</param>
/// <param name="Seed">The random seed: the same seed writes the same files.</param>
public sealed record GeneratorOptions(string Out, int Teachers = 25_000, int FirstYear = 2021, int LastYear = 2025, int Seed = 20250901)
{
    /// <summary>How many municipalities (the region's 26 and synthetic ones beyond them), or null for the default by size.</summary>
    public int? Municipalities { get; init; }

    /// <summary>Write CSV only (fast, for load tests); otherwise a mix of CSV dialects and XLSX.</summary>
    public bool CsvOnly { get; init; }

    /// <summary>Put a few broken rows in (bad СНИЛС, unknown codes, dates out of order), as real exports have.</summary>
    public bool InjectErrors { get; init; } = true;
}
