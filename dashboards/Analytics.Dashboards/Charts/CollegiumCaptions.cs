namespace Analytics.Dashboards.Charts;

/// <summary>What the collegium's two main charts show, in the words of the pack and of the site's collegium page.</summary>
public static class CollegiumCaptions
{
    /// <summary>The gap map.</summary>
    public const string GapMap = "Муниципалитеты по сопоставимым показателям: цели достигнуты / не достигнуты и положение относительно медианного муниципалитета";

    /// <summary>The ranking of diagnostic coverage.</summary>
    public const string Coverage = "Охват диагностикой профессиональных дефицитов по муниципалитетам";
}
